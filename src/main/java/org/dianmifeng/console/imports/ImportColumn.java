package org.dianmifeng.console.imports;

import java.util.List;

/**
 * A column of one {@link ImportKind kind} of import: the form's field it fills (its label, {@code field.<field>}, is
 * the template's header and names the column of an error), whether a file needs it, the header names offices give it
 * in Chinese and English, and whether the template formats it as text (ID numbers, phones, codes, dates). Headers
 * are compared {@link Values#headerKey tidied}: full-width letters, spaces, stars and remarks in brackets do not count.
 */
public interface ImportColumn {
    /** The constant's name, as a remembered mapping writes it. */
    String name();

    /** What the column is: each kind's enum constant holds one. */
    Spec spec();

    default String field() {
        return spec().field();
    }

    default boolean required() {
        return spec().required();
    }

    default List<String> headers() {
        return spec().headers();
    }

    /** Whether the template formats the column as text, so that Excel never turns its values into numbers or dates. */
    default boolean text() {
        return spec().text();
    }

    /** Whether a (tidied) header names this column. */
    default boolean named(String headerKey) {
        for (String h : headers()) {
            if (Values.headerKey(h).equals(headerKey)) {
                return true;
            }
        }
        return false;
    }

    /** A column's field, whether a file needs it, whether the template formats it as text, and its header names. */
    record Spec(String field, boolean required, boolean text, List<String> headers) {
        public Spec(String field, boolean required, boolean text, String... headers) {
            this(field, required, text, List.of(headers));
        }
    }
}
