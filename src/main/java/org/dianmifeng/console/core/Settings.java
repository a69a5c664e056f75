package org.dianmifeng.console.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/** Settings kept in the database. Anyone may read them; only the administrator changes them. */
public final class Settings {
    /** The audit log's entity of a change of settings. */
    public static final String ENTITY = "SETTING";
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

    /**
     * Saves a group of settings (an area's thresholds, rules or calendar, already checked) in one transaction, audited
     * as entity {@value #ENTITY} with the group as {@code read} reads it before and after; returns it as saved. The one
     * way every such group is saved.
     */
    public static <T extends Auditable> T saveGroup(Database db, Audit audit, Session who, String summary,
                                                    Map<String, String> values, Function<DSLContext, T> read) {
        who.require(Permission.SETTINGS_MANAGE);
        return db.transaction(dsl -> {
            T before = read.apply(dsl);
            SettingStore store = new SettingStore(dsl);
            values.forEach(store::put);
            T saved = read.apply(dsl);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, null, summary, before, saved);
            return saved;
        });
    }
}
