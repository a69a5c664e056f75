package org.dianmifeng.console.core;

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

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    @Override
    public String localized(Messages messages) {
        return problems.stream()
                .map(p -> messages.text("field." + p.field()) + ": " + p.localized(messages))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
