package org.dianmifeng.console.imports;

import java.util.List;
import java.util.Optional;

/**
 * The preview of an import: the file (name, checksum, the sheet read and how many the workbook has), the mapping of
 * its columns, what happens to each row, and the earlier import of the same file if there was one.
 */
public record ImportPlan(String fileName, String checksum, String sheetName, int sheets, ColumnMapping mapping,
                         ImportOptions options, List<ImportRow> rows, Optional<ImportRecord> importedBefore) {
    public ImportPlan {
        rows = List.copyOf(rows);
    }

    public int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    /** Every problem of every row, in the order of the rows. */
    public List<RowError> errors() {
        return rows.stream().flatMap(r -> r.errors().stream()).toList();
    }

    /** Whether importing would write anything. */
    public boolean changesAnything() {
        return count(RowStatus.NEW) + count(RowStatus.UPDATE) > 0;
    }
}
