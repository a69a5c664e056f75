package org.dianmifeng.console.core;

import java.util.List;

/**
 * A refusal or failure that a person is told about. It carries a message key of the resource
 * bundles and its arguments, never a sentence in one language, so that the screen and the
 * command line word it in the user's language.
 */
public class ConsoleException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public ConsoleException(String key, Object... args) {
        this(key, null, args);
    }

    public ConsoleException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The message in the given bundle's language. */
    public String localized(Messages messages) {
        return messages.text(key, args());
    }
}
