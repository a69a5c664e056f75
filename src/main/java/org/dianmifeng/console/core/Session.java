package org.dianmifeng.console.core;

/** Who is signed in. Services take it with every call and check permissions against it. */
public record Session(long accountId, String username, String displayName, Role role) {

    /** The identity that the command line and the sample-data loader act as. */
    public static Session system() {
        return new Session(0, "system", "system", Role.ADMINISTRATOR);
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
