package org.dianmifeng.console.core;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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
        new AuditStore(trx).insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), action, entity,
                entityId, summary, before == null ? null : before.auditText(), after == null ? null : after.auditText()));
    }

    /** Records, in a transaction of its own, an action on no row of a table (a backup, a restore): {@code summary} names it. */
    public void recordEvent(Session who, AuditAction action, String entity, String summary, String before, String after) {
        db.transaction(dsl -> {
            new AuditStore(dsl).insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), action, entity,
                    null, summary, before, after));
            return null;
        });
    }

    /** The log as the administrator sees it, newest first. */
    public List<AuditEntry> find(Session who, AuditFilter filter) {
        who.require(Permission.AUDIT_VIEW);
        return db.read(dsl -> new AuditStore(dsl).find(filter));
    }
}
