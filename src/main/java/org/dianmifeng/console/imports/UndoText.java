package org.dianmifeng.console.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;

/**
 * The fields of a record as an import keeps them for undo: {@code key=value} lines (blank fields left out), read back
 * by name and type.
 */
final class UndoText {
    private final Properties props;

    private UndoText(Properties props) {
        this.props = props;
    }

    /** The text of alternating names and values; an enum is kept by its name. */
    static String of(Object... namesAndValues) {
        Properties props = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                props.setProperty((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        StringWriter w = new StringWriter();
        try {
            props.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static UndoText parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UndoText(p);
    }

    String text(String name) {
        return props.getProperty(name);
    }

    LocalDate date(String name) {
        String v = props.getProperty(name);
        return v == null ? null : LocalDate.parse(v);
    }

    LocalDateTime dateTime(String name) {
        String v = props.getProperty(name);
        return v == null ? null : LocalDateTime.parse(v);
    }

    BigDecimal decimal(String name) {
        String v = props.getProperty(name);
        return v == null ? null : new BigDecimal(v);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(props.getProperty(name));
    }

    Long number(String name) {
        String v = props.getProperty(name);
        return v == null ? null : Long.valueOf(v);
    }

    Integer integer(String name) {
        String v = props.getProperty(name);
        return v == null ? null : Integer.valueOf(v);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String v = props.getProperty(name);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
