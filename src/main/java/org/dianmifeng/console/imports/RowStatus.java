package org.dianmifeng.console.imports;

/** What an import does with one row of the file. */
public enum RowStatus {
    /** A person not in the register yet: added. */
    NEW,
    /** A person in the register (same ID number) whose fields the file changes. */
    UPDATE,
    /** A person in the register whom the file leaves as they are. */
    UNCHANGED,
    /** A person in the register left alone because the user chose to skip existing people. */
    SKIPPED,
    /** A row with a problem: nothing of it is written. */
    ERROR
}
