package org.dianmifeng.console.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file fills which field of a {@link ImportKind kind} of import: the header row (found below
 * title rows), its headers as written, and the column index of each field. Found by the header names, changeable by
 * the user.
 */
public record ColumnMapping(ImportKind kind, int headerRow, List<String> headers, Map<ImportColumn, Integer> columns) {
    /** How many rows from the top the header row is looked for. */
    public static final int HEADER_SEARCH_ROWS = 20;

    public ColumnMapping {
        headers = List.copyOf(headers);
        Map<ImportColumn, Integer> copy = new LinkedHashMap<>();
        for (ImportColumn c : kind.columns()) {
            Integer i = columns.get(c);
            if (i != null) {
                copy.put(c, i);
            }
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /**
     * The mapping of a header row, or empty if fewer than two of its cells name a column (a title row, a merged
     * title, a note): each column taken by the first header naming it.
     */
    public static Optional<ColumnMapping> of(ImportKind kind, int rowNumber, List<SheetCell> cells) {
        List<String> headers = new ArrayList<>();
        Map<ImportColumn, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = Values.text(cells.get(i).text());
            headers.add(h == null ? "" : h);
            int index = i;
            kind.byHeader(h).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        return columns.size() >= 2 ? Optional.of(new ColumnMapping(kind, rowNumber, headers, columns)) : Optional.empty();
    }

    /** The same header row with the columns the user chose instead (a field to -1 or absent: not imported). */
    public ColumnMapping with(Map<? extends ImportColumn, Integer> chosen) {
        Map<ImportColumn, Integer> columns = new LinkedHashMap<>();
        chosen.forEach((c, i) -> {
            if (i != null && i >= 0 && i < headers.size()) {
                columns.put(c, i);
            }
        });
        return new ColumnMapping(kind, headerRow, headers, columns);
    }

    /** The header of the column that fills a field, as the file writes it, or null if no column does. */
    public String header(ImportColumn column) {
        Integer i = columns.get(column);
        return i == null ? null : headers.get(i);
    }

    /** The fields the import needs that no column fills, in the kind's order. */
    public List<ImportColumn> missing() {
        return kind.columns().stream().filter(c -> c.required() && !columns.containsKey(c)).toList();
    }

    /**
     * Refuses a mapping without a column the import needs, naming the missing columns and the headers found
     * ({@link MissingColumnsException}, which carries this mapping so that the missing fields can be assigned).
     */
    public void requireColumns() {
        if (!missing().isEmpty()) {
            throw new MissingColumnsException(this);
        }
    }

    /** The text of a field's cell in a row, or null if the field has no column or the cell is blank. */
    SheetCell cell(List<SheetCell> row, ImportColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? SheetCell.BLANK : row.get(i);
    }

    /**
     * The name the mapping of these headers is remembered by ({@code import.mapping.} and the SHA-256 of the tidied
     * headers, and of the kind for kinds other than people): the next file with the same headers is read with the
     * columns the user chose for this one.
     */
    public String memoryKey() {
        StringBuilder b = new StringBuilder();
        if (kind != ImportKind.PEOPLE) {
            b.append(kind.name()).append('\u0002');
        }
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
        Map<ImportColumn, Integer> chosen = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                try {
                    int index = Integer.parseInt(kv[1]);
                    kind.column(kv[0]).ifPresent(c -> chosen.put(c, index));
                } catch (NumberFormatException e) {
                    // a damaged value: left out
                }
            }
        }
        return with(chosen);
    }
}
