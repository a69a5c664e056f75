package org.dianmifeng.console.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The resource bundles of one language: every string a person sees comes from here. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Locale locale) {
        Locale chosen = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text of {@code key} with its arguments; an enum argument is shown by its label, a collection as a {@link #list}. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> e) {
                shown[i] = label(e);
            } else if (shown[i] instanceof java.util.Collection<?> items) {
                shown[i] = list(items.stream().map(String::valueOf).toList());
            }
        }
        return new MessageFormat(pattern, locale()).format(shown);
    }

    /** Items joined by the language's list separator ({@code text.listSeparator}: 、 in Chinese, ", " in English). */
    public String list(java.util.Collection<String> items) {
        return String.join(text("text.listSeparator"), items);
    }

    /** A name with a detail after it ({@code text.withDetail}: 名称（说明） in Chinese, "Name (detail)" in English). */
    public String withDetail(String name, String detail) {
        return text("text.withDetail", name, detail);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The labels of {@code values}, each once, in their enum's order, joined as a list (已确认、已退回); "" for none. */
    public String labels(java.util.stream.Stream<? extends Enum<?>> values) {
        return values.distinct().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(this::label)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    /** The message of any failure: a console exception in the user's words, anything else as an unexpected error. */
    public String describe(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof ConsoleException ce) {
                return ce.localized(this);
            }
            e = e.getCause();
        }
        if (Database.isCorruption(error)) {
            return text("error.databaseDamaged.inUse");
        }
        if (Database.isLostConnection(error)) {
            return text("error.server.lost");
        }
        return text("error.unexpected", error.getClass().getSimpleName());
    }
}
