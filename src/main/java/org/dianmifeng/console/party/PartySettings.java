package org.dianmifeng.console.party;

import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.core.Settings;

/** The appraisal and points settings: anyone reads them, the administrator changes them all at once. */
public final class PartySettings {
    private final Database db;
    private final Audit audit;

    public PartySettings(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    public AppraisalRules rules() {
        return db.read(PartySettings::rules);
    }

    /** The rules as stored in the transaction of {@code dsl}, so a change and its check see the same rules. */
    static AppraisalRules rules(org.jooq.DSLContext dsl) {
        SettingStore store = new SettingStore(dsl);
        return AppraisalRules.from(name -> store.get(name).orElse(null));
    }

    /** Checks and saves every setting in one transaction, audited with before and after. */
    public AppraisalRules save(Session who, AppraisalRules rules) {
        who.require(Permission.SETTINGS_MANAGE);
        rules.check().throwIfAny();
        return Settings.saveGroup(db, audit, who, AuditTexts.stored(AuditNote.RULES_APPRAISAL), rules.toSettings(), PartySettings::rules);
    }
}
