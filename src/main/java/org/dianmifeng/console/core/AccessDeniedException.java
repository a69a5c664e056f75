package org.dianmifeng.console.core;

/** The signed-in role may not do this; thrown by services, whatever screen or command asked. */
public final class AccessDeniedException extends ConsoleException {
    public AccessDeniedException(Permission permission) {
        super("error.accessDenied", permission.name());
    }
}
