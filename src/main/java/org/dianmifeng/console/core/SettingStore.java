package org.dianmifeng.console.core;

import static org.dianmifeng.console.db.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Name/value settings kept in the database (thresholds, weights, flags such as "this is a demo database"). */
public final class SettingStore {
    private final DSLContext dsl;

    public SettingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(SETTING.VAL).from(SETTING).where(SETTING.NAME.eq(name)).fetchOptional(SETTING.VAL);
    }

    public void put(String name, String value) {
        int updated = dsl.update(SETTING).set(SETTING.VAL, value).set(SETTING.VERSION, SETTING.VERSION.plus(1))
                .where(SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(SETTING).set(SETTING.NAME, name).set(SETTING.VAL, value).set(SETTING.VERSION, 0).execute();
        }
    }
}
