package org.dianmifeng.console.imports;

/** What an import does with a person already in the register, matched by ID number: the user's choice per import. */
public enum DuplicatePolicy {
    /** Leave them as they are. */
    SKIP,
    /** Fill only the fields that are blank in the register. */
    FILL_BLANKS,
    /** Take every field the file gives (a blank cell never erases one). */
    OVERWRITE
}
