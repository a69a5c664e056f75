package org.dianmifeng.console.core;

import java.util.Collection;

/**
 * A user as people see them: the account's name with its username after it ({@code text.withDetail}), or the
 * username alone when the account is gone or has no other name. Stores read the name by a join to the account
 * table, so a list of a thousand rows is one query.
 */
public record UserName(String username, String displayName) {
    /**
     * e.g. {@code 演示帮扶专员（officer）}, {@code Demo officer (officer)} in English; the console itself (the sample
     * data, the command line: {@link Session#system()}, no account) as 系统, never the English "system".
     */
    public String shown(Messages messages) {
        if (system()) {
            return messages.text("user.system");
        }
        return displayName == null || displayName.isBlank() || displayName.equals(username) ? username
                : messages.withDetail(displayName, username);
    }

    /** The name alone (e.g. a certificate's 经办人): the username when the account is gone, 系统 for the console. */
    public String name(Messages messages) {
        if (system()) {
            return messages.text("user.system");
        }
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    private boolean system() {
        return Session.SYSTEM.equals(username) && (displayName == null || displayName.equals(username));
    }

    /** Several users, each {@link #shown}, joined by the language's list separator ({@code text.listSeparator}). */
    public static String shown(Messages messages, Collection<UserName> users) {
        return messages.list(users.stream().map(u -> u.shown(messages)).toList());
    }
}
