package org.dianmifeng.console.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.ConsoleException;

/**
 * Which column of the file fills which field: the header row (found below title rows), its headers as written, and
 * the column index of each field. Found by the header names, changeable by the user.
 */
public record ColumnMapping(int headerRow, List<String> headers, Map<PersonColumn, Integer> columns) {
    /** How many rows from the top the header row is looked for. */
    public static final int HEADER_SEARCH_ROWS = 20;

    public ColumnMapping {
        headers = List.copyOf(headers);
        EnumMap<PersonColumn, Integer> copy = new EnumMap<>(PersonColumn.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    /**
     * The mapping of a header row, or empty if fewer than two of its cells name a column (a title row, a merged
     * title, a note): each column taken by the first header naming it.
     */
    public static Optional<ColumnMapping> of(int rowNumber, List<SheetCell> cells) {
        List<String> headers = new ArrayList<>();
        EnumMap<PersonColumn, Integer> columns = new EnumMap<>(PersonColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String h = Values.text(cells.get(i).text());
            headers.add(h == null ? "" : h);
            int index = i;
            PersonColumn.byHeader(h).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        return columns.size() >= 2 ? Optional.of(new ColumnMapping(rowNumber, headers, columns)) : Optional.empty();
    }

    /** The same header row with the columns the user chose instead (a field to -1 or absent: not imported). */
    public ColumnMapping with(Map<PersonColumn, Integer> chosen) {
        EnumMap<PersonColumn, Integer> columns = new EnumMap<>(PersonColumn.class);
        chosen.forEach((c, i) -> {
            if (i != null && i >= 0 && i < headers.size()) {
                columns.put(c, i);
            }
        });
        return new ColumnMapping(headerRow, headers, columns);
    }

    /** The header of the column that fills a field, as the file writes it, or null if no column does. */
    public String header(PersonColumn column) {
        Integer i = columns.get(column);
        return i == null ? null : headers.get(i);
    }

    /** Refuses a mapping without a column the import needs, naming the missing columns and the headers found. */
    public void requireColumns() {
        List<String> missing = new ArrayList<>();
        for (PersonColumn c : PersonColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                missing.add(c.templateHeader());
            }
        }
        if (!missing.isEmpty()) {
            throw new ConsoleException("error.import.missingColumns", String.join("、", missing), headerRow,
                    String.join("、", headers.stream().filter(h -> !h.isEmpty()).toList()));
        }
    }

    /** The text of a field's cell in a row, or null if the field has no column or the cell is blank. */
    SheetCell cell(List<SheetCell> row, PersonColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? SheetCell.BLANK : row.get(i);
    }

    /**
     * The name the mapping of these headers is remembered by ({@code import.mapping.} and the SHA-256 of the tidied
     * headers): the next file with the same headers is read with the columns the user chose for this one.
     */
    public String memoryKey() {
        StringBuilder b = new StringBuilder();
        headers.forEach(h -> b.append(Values.headerKey(h)).append('\u0001'));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "import.mapping." + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The columns as remembered: {@code NAME=0;ID_NUMBER=3}. */
    public String columnsText() {
        return String.join(";", columns.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).toList());
    }

    /** This header row with the columns remembered as {@link #columnsText} (what no longer fits is left out). */
    public ColumnMapping withColumnsText(String text) {
        Map<PersonColumn, Integer> chosen = new EnumMap<>(PersonColumn.class);
        for (String part : text.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                try {
                    chosen.put(PersonColumn.valueOf(kv[0]), Integer.parseInt(kv[1]));
                } catch (IllegalArgumentException e) {
                    // a column of an older console, or a damaged value: left out
                }
            }
        }
        return with(chosen);
    }
}
