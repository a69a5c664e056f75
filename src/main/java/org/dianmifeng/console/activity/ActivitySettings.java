package org.dianmifeng.console.activity;

import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.core.Settings;
import org.jooq.DSLContext;

/** The late-entry (补录) settings of hours: anyone reads them, the administrator changes them. */
public final class ActivitySettings {
    private final Database db;
    private final Audit audit;

    public ActivitySettings(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    public HoursRules rules() {
        return db.read(ActivitySettings::rules);
    }

    /** The rules as stored in the transaction of {@code dsl}, so that an entry and its check see the same rules. */
    public static HoursRules rules(DSLContext dsl) {
        SettingStore store = new SettingStore(dsl);
        return HoursRules.from(name -> store.get(name).orElse(null));
    }

    /** Checks and saves the rules in one transaction, audited with before and after. */
    public HoursRules save(Session who, HoursRules rules) {
        who.require(Permission.SETTINGS_MANAGE);
        rules.check().throwIfAny();
        return Settings.saveGroup(db, audit, who, AuditTexts.stored(AuditNote.RULES_LATE_ENTRY), rules.toSettings(), ActivitySettings::rules);
    }
}
