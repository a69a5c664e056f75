package org.dianmifeng.console.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one form before anything is saved; {@link #throwIfAny()} ends the
 * check. The single place where required fields and text lengths are checked.
 */
public final class Checks {
    private final List<Problem> problems = new ArrayList<>();

    public Checks required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "error.required");
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "error.tooLong", max, value.length());
        }
        return this;
    }

    /** Required text no longer than {@code max}. */
    public Checks text(String field, String value, int max) {
        return required(field, value).maxLength(field, value, max);
    }

    public Checks add(String field, String key, Object... args) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(Problem.of(field, key, args));
        }
        return this;
    }

    /**
     * Adds problems found elsewhere, e.g. the values a form could not read, before the record's own checks: a field
     * keeps its first problem.
     */
    public Checks addAll(List<Problem> found) {
        found.forEach(p -> add(p.field(), p.key(), p.args().toArray()));
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** The problems found so far, in the order found: an import reports them by row instead of throwing. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
