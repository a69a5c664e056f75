package org.dianmifeng.console.core;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The key slots of an open database together with its key: what a new account, a new password or an administrator's
 * reset needs to wrap the key again ({@link KeySlots}), and the recovery key shown once to an administrator.
 */
public final class Keyring {
    /**
     * The keyring of a database on the company's server: nothing to wrap (the server is not encrypted with a data
     * key; its own roles and TLS guard it), so a password is set in the database alone and there is no recovery key.
     */
    static final Keyring NONE = new Keyring(null, null);

    private final KeySlots slots;
    private final DataKey key;

    Keyring(KeySlots slots, DataKey key) {
        this.slots = slots;
        this.key = key;
    }

    /** Replaces the account's slots by one wrapped with this password. */
    public void replace(String username, char[] password, int iterations) {
        if (slots == null) {
            return;
        }
        slots.replace(username, password, key, iterations);
    }

    /**
     * Runs work that sets an account's password in one transaction, with the key slot for the new password: the
     * slot is added before, and once the work has committed it replaces the account's other slots; if the work
     * fails it is dropped. A crash in between leaves both, and the next sign-in tidies them.
     */
    public <T> T withPassword(String username, char[] password, int iterations, Supplier<T> work) {
        if (slots == null) {
            return work.get();
        }
        KeySlots.Slot slot = slots.add(username, password, key, iterations);
        T done;
        try {
            done = work.get();
        } catch (RuntimeException e) {
            slots.discard(slot);
            throw e;
        }
        slots.keepOnly(slot);
        return done;
    }

    /** Whether {@code typed} is this database's recovery key. */
    public boolean isRecoveryKey(String typed) {
        return key != null && DataKey.fromRecoveryKey(typed).filter(key::equals).isPresent();
    }

    public void remove(String username) {
        if (slots == null) {
            return;
        }
        slots.remove(username);
    }

    /** Whether this password opens the account's slot (to this database's key). */
    public boolean opens(String username, char[] password) {
        return slots == null || slots.open(username, password).filter(key::equals).isPresent();
    }

    /** Whether the account has exactly one slot, made from its password: nothing to replace at its sign-in. */
    public boolean isTidy(String username) {
        return slots == null || slots.isTidy(username);
    }

    /**
     * The recovery key while no administrator has confirmed keeping it: at the first start, and at the first
     * administrator's sign-in after an older database was encrypted, until {@link #recoveryKeyKept}.
     */
    public Optional<String> recoveryKeyToShow() {
        return slots == null ? Optional.empty() : slots.recoveryShown() ? Optional.empty() : Optional.of(key.recoveryKey());
    }

    /** An administrator confirmed keeping the recovery key: it is not shown again. */
    public void recoveryKeyKept() {
        if (slots == null) {
            return;
        }
        slots.setRecoveryShown();
    }

    /** Marks the folder as the demo database, whose sign-in screen names the demo accounts. */
    public void markDemo() {
        if (slots == null) {
            return;
        }
        slots.setDemo();
    }
}
