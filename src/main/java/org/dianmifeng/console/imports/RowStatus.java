package org.dianmifeng.console.imports;

/** What an import does with one row of the file. */
public enum RowStatus {
    /** A record not in the register yet: added. */
    NEW,
    /** A person in the register (same ID number) whose fields the file changes. */
    UPDATE,
    /** A person in the register whom the file leaves as they are. */
    UNCHANGED,
    /** A person in the register left alone because the user chose to skip existing people. */
    SKIPPED,
    /**
     * A row without an ID number whose name and birth date are those of one person in the register (when the user
     * asked for such matches): nothing of it is written until the user confirms the match.
     */
    TO_CONFIRM,
    /** A row with a problem: nothing of it is written. */
    ERROR
}
