package org.dianmifeng.console.imports;

import java.util.List;
import org.dianmifeng.console.core.ConsoleException;

/**
 * A file whose header row was found but lacks a column the import needs ({@code error.import.missingColumns}). It
 * carries the mapping as read, so that the import screen still lists the file's columns and the user can assign
 * the missing fields to some of them, as the message asks.
 */
public final class MissingColumnsException extends ConsoleException {
    private final transient ColumnMapping mapping;

    public MissingColumnsException(ColumnMapping mapping) {
        super("error.import.missingColumns", String.join("、", mapping.missing().stream()
                .map(c -> c.headers().get(0)).toList()), mapping.headerRow(),
                String.join("、", mapping.headers().stream().filter(h -> !h.isEmpty()).toList()));
        this.mapping = mapping;
    }

    /** The header row and the columns found in it, the missing ones without a column. */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** The required fields no column fills. */
    public List<ImportColumn> missing() {
        return mapping.missing();
    }
}
