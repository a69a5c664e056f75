package org.dianmifeng.console.core;

/** Who is signed in. Services take it with every call and check permissions against it. */
public record Session(long accountId, String username, String displayName, Role role) {

    /** The username of {@link #system()}, with no account behind it: shown as 系统 ({@link UserName#shown}). */
    public static final String SYSTEM = "system";

    /** The identity that the command line and the sample-data loader act as. */
    public static Session system() {
        return new Session(0, SYSTEM, SYSTEM, Role.ADMINISTRATOR);
    }

    /**
     * The account whose password opened the database's key when the database itself could not be read (a damaged
     * file restored from a backup): named in the audit log, with no permission of its own.
     */
    public static Session keyHolder(String username) {
        return new Session(0, username, username, Role.VIEWER);
    }

    public boolean can(Permission permission) {
        return role.allows(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
