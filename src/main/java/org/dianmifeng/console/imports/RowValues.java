package org.dianmifeng.console.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ResidentId;

/**
 * The cells of a row read as the forms' fields, the same for every kind: each reader returns the value or null, and
 * adds the problem of its field (required and blank, not understood) to the row's problems.
 */
final class RowValues {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private static final Messages EN = Messages.of(Messages.ENGLISH);

    private final ColumnMapping mapping;
    private final List<SheetCell> cells;
    private final List<Problem> problems;

    RowValues(ColumnMapping mapping, List<SheetCell> cells, List<Problem> problems) {
        this.mapping = mapping;
        this.cells = cells;
        this.problems = problems;
    }

    SheetCell cell(ImportColumn c) {
        return mapping.cell(cells, c);
    }

    /** Text as typed, cleaned; required columns refused blank. */
    String text(ImportColumn c) {
        String t = Values.text(cell(c).text());
        if (t == null && c.required()) {
            problems.add(Problem.of(c.field(), "error.required"));
        }
        return t;
    }

    /** A well-formed ID number (as {@link PeopleRows#idNumber} reads it); required columns refused blank. */
    String idNumber(ImportColumn c, LocalDate today) {
        int before = problems.size();
        String id = PeopleRows.idNumber(cell(c), c.field(), problems);
        if (problems.size() > before) {
            return null;
        }
        if (id == null) {
            if (c.required()) {
                problems.add(Problem.of(c.field(), "error.required"));
            }
            return null;
        }
        var wrong = ResidentId.problem(id, today);
        if (wrong.isPresent()) {
            problems.add(Problem.of(c.field(), wrong.get()));
            return null;
        }
        return id;
    }

    /** A date in any form offices write one ({@link PeopleRows#date}). */
    LocalDate date(ImportColumn c) {
        SheetCell cell = cell(c);
        try {
            LocalDate d = PeopleRows.date(cell);
            if (d == null && !cell.blank()) {
                throw new DateTimeParseException("", cell.text(), 0);
            }
            if (d == null && c.required()) {
                problems.add(Problem.of(c.field(), "error.required"));
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(c.field(), "error.import.date", Values.text(cell.text())));
            return null;
        }
    }

    /** A whole number, such as a year. */
    Integer number(ImportColumn c) {
        BigDecimal d = decimal(c);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(Problem.of(c.field(), "error.import.number", Values.text(cell(c).text())));
            return null;
        }
    }

    /** A number as written, such as hours (2, 1.5); the form's rules say how many decimals it may have. */
    BigDecimal decimal(ImportColumn c) {
        String t = Values.code(cell(c).text());
        if (t == null) {
            if (c.required()) {
                problems.add(Problem.of(c.field(), "error.required"));
            }
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(c.field(), "error.import.number", Values.text(cell(c).text())));
            return null;
        }
    }

    /** A coded value, by its label in Chinese or English or its constant's name ({@link #choice(String, Class)}). */
    <E extends Enum<E>> E choice(ImportColumn c, Class<E> type) {
        String t = Values.text(cell(c).text());
        if (t == null) {
            if (c.required()) {
                problems.add(Problem.of(c.field(), "error.required"));
            }
            return null;
        }
        E e = choice(t, type);
        if (e == null) {
            problems.add(Problem.of(c.field(), "error.import.choice", t));
        }
        return e;
    }

    /** The constant a text names by its label in Chinese or English, or its own name; null if none does. */
    static <E extends Enum<E>> E choice(String text, Class<E> type) {
        String key = Values.headerKey(text);
        for (E e : type.getEnumConstants()) {
            if (key.equals(Values.headerKey(ZH.label(e))) || key.equals(Values.headerKey(EN.label(e)))
                    || key.equals(Values.headerKey(e.name()))) {
                return e;
            }
        }
        return null;
    }
}
