package org.dianmifeng.console.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Bad input: one problem per field, nothing saved. */
public final class ValidationException extends ConsoleException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super("error.validation");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * The same problems with those of {@code fields} first, in that order (a form's reading order), then the others
     * in the order they were found.
     */
    public ValidationException inOrder(List<String> fields) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> {
            int at = fields.indexOf(p.field());
            return at < 0 ? fields.size() : at;
        }));
        return new ValidationException(sorted);
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    @Override
    public String localized(Messages messages) {
        return problems.stream()
                .map(p -> messages.text("text.labelled", messages.text("field." + p.field()), p.localized(messages)))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
