package org.dianmifeng.console.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as people write them: 1990-01-01, 1990/1/1, 1990.1.1, 19900101 and 1990年1月1日. The date pickers of the
 * forms and the imports read them here, so a date a form takes is a date an import takes.
 */
public final class Dates {
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private Dates() {
    }

    /** Reads a date in one of the accepted forms; empty for a blank text; throws for an unreadable one. */
    public static Optional<LocalDate> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(s, f.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new DateTimeParseException("unreadable date", s, 0);
    }
}
