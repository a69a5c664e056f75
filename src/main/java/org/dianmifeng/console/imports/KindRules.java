package org.dianmifeng.console.imports;

import java.util.List;
import java.util.Optional;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;

/**
 * The rules of one {@link ImportKind kind} of import inside one database read or transaction, the same as its form's:
 * a row read into a record and checked on its own, a batch of rows decided against the register (looked up at once)
 * as the user chose for records already there, the decided rows written and audited as the form writes them, and an
 * import undone, refused where later work depends on what it wrote.
 */
interface KindRules {
    /** Reads and checks one row of the file ({@link ImportRow#read}). */
    ImportRow parse(int row, List<SheetCell> cells);

    /** What the import does with each row read: add, update, leave unchanged, skip, or refuse. */
    List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy);

    /** Writes the rows to add or update, audited; returns what undo needs, in the order written. */
    List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress);

    /**
     * Why one change of an import cannot be undone: the name of its record, or empty when it can (or is gone);
     * {@code all} are the import's changes, which go with it.
     */
    Optional<String> undoBlocked(ImportStore.Change change, List<ImportStore.Change> all);

    /** Undoes one change: removes the record added, restores the fields changed (audited). */
    void undo(Session who, ImportStore.Change change);
}
