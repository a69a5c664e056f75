package org.dianmifeng.console.core;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Writes and reads the audit log. Services call {@link #record} inside their own transaction, so a
 * change and its audit line are saved together or not at all.
 */
public final class Audit {
    private final Database db;
    private final Clock clock;

    public Audit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(DSLContext trx, Session who, AuditAction action, String entity, Long entityId,
                       String summary, Auditable before, Auditable after) {
        AuditStore store = new AuditStore(trx);
        store.insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), null, action, entity, entityId,
                summary, named(store, before), named(store, after)));
    }

    /** The record's audit text with each id that points at a named record followed by that name, as it is now. */
    private static String named(AuditStore store, Auditable record) {
        if (record == null) {
            return null;
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> f : AuditTexts.parse(record.auditText())) {
            String name = f.getValue().matches("\\d{1,18}") ? store.nameOf(f.getKey(), Long.parseLong(f.getValue())) : null;
            fields.add(name == null || name.isBlank() ? f : Map.entry(f.getKey(), f.getValue() + " " + name.strip()));
        }
        return AuditTexts.join(fields);
    }

    /** Records, in a transaction of its own, an action on no row of a table (a backup, a restore): {@code summary} names it. */
    public void recordEvent(Session who, AuditAction action, String entity, String summary, String before, String after) {
        db.logTransaction(dsl -> {
            new AuditStore(dsl).insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), null, action,
                    entity, null, summary, before, after));
            return null;
        });
    }

    /** The log as the administrator sees it, newest first. */
    public List<AuditEntry> find(Session who, AuditFilter filter) {
        who.require(Permission.AUDIT_VIEW);
        return db.read(dsl -> new AuditStore(dsl).find(filter));
    }
}
