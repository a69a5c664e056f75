package org.dianmifeng.console.imports;

import java.util.List;
import org.dianmifeng.console.unit.Person;

/**
 * One row of the file as the preview shows it: its number, what the import does with it, the person as it will be
 * saved (for an update: the stored person with the file's fields taken), the person as stored (null for a new one)
 * and its problems (none unless the status is {@link RowStatus#ERROR}).
 */
public record ImportRow(int row, RowStatus status, Person person, Person stored, List<RowError> errors) {
    public ImportRow {
        errors = List.copyOf(errors);
    }
}
