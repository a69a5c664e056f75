package org.dianmifeng.console.imports;

import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Problem;

/**
 * One problem of one row: the row number as the spreadsheet shows it, the column's header as the file writes it
 * (null when the file has no such column: the field's label is shown instead) and what is wrong.
 */
public record RowError(int row, String column, Problem problem) {
    /** The column as the user reads it. */
    public String column(Messages m) {
        return column != null && !column.isBlank() ? column : m.text("field." + problem.field());
    }

    public String message(Messages m) {
        return problem.localized(m);
    }

    /** 第 3 行「身份证号」：… */
    public String describe(Messages m) {
        return m.text("import.rowError", row, column(m), message(m));
    }
}
