package org.dianmifeng.console.core;

import java.util.List;

/** One thing wrong with one field of a form or one row of an import: a bundle key and its arguments. */
public record Problem(String field, String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }

    public String localized(Messages messages) {
        return messages.text(key, args.toArray());
    }
}
