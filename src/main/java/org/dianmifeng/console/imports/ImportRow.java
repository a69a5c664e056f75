package org.dianmifeng.console.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.unit.Person;

/**
 * One row of the file as the preview shows it: its number, what the import does with it, the record as it will be
 * saved (a {@link Person}, an {@link ImportedTeamMember}, an {@link ImportedPartyMember}, an {@link ImportedHonour}
 * or an {@link ImportedHours}; for an update: the stored record with the file's fields taken), the
 * record as stored (null for a new one) and its problems (none unless the status is {@link RowStatus#ERROR}). A row
 * only read, not yet compared with the register, is {@link RowStatus#NEW} or {@link RowStatus#ERROR}.
 */
public record ImportRow(int row, RowStatus status, Auditable record, Auditable stored, List<RowError> errors) {
    public ImportRow {
        errors = List.copyOf(errors);
    }

    /** The row read and checked on its own: an error when it has problems, otherwise new until compared. */
    static ImportRow read(int row, Auditable record, List<RowError> errors) {
        return new ImportRow(row, errors.isEmpty() ? RowStatus.NEW : RowStatus.ERROR, record, null, errors);
    }

    /** The row refused with its problems, each under its column as the file heads it ({@code stored} null if none). */
    static ImportRow error(ColumnMapping mapping, int row, Auditable record, Auditable stored, List<Problem> problems) {
        return new ImportRow(row, RowStatus.ERROR, record, stored, PeopleRows.errors(mapping, row, problems));
    }

    /** Each row read without an error decided by {@code decide}, the others kept as they are, in order. */
    static List<ImportRow> decideValid(List<ImportRow> parsed, UnaryOperator<ImportRow> decide) {
        List<ImportRow> out = new ArrayList<>(parsed.size());
        for (ImportRow r : parsed) {
            out.add(r.errors().isEmpty() ? decide.apply(r) : r);
        }
        return out;
    }

    /** Whether the import writes this row: it adds or updates a record. */
    boolean writes() {
        return status == RowStatus.NEW || status == RowStatus.UPDATE;
    }

    /** The person of a row of an import of people. */
    public Person person() {
        return (Person) record;
    }
}
