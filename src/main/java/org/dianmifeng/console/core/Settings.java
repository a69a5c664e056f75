package org.dianmifeng.console.core;

import java.util.Optional;

/** Settings kept in the database. Anyone may read them; only the administrator changes them. */
public final class Settings {
    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(dsl -> new SettingStore(dsl).get(name));
    }

    public void put(Session who, String name, String value) {
        who.require(Permission.SETTINGS_MANAGE);
        db.transaction(dsl -> {
            new SettingStore(dsl).put(name, value);
            return null;
        });
    }
}
