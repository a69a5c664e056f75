package org.dianmifeng.console.core;

import static org.dianmifeng.console.db.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.db.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit log table. Written inside the transaction of the change it records. */
public final class AuditStore {
    private static final int TEXT_LIMIT = 4000;
    private final DSLContext dsl;

    public AuditStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(AuditEntry e) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, e.at())
                .set(AUDIT_LOG.USERNAME, e.username())
                .set(AUDIT_LOG.ACTION, e.action().name())
                .set(AUDIT_LOG.ENTITY, e.entity())
                .set(AUDIT_LOG.ENTITY_ID, e.entityId())
                .set(AUDIT_LOG.SUMMARY, clip(e.summary(), 200))
                .set(AUDIT_LOG.BEFORE_TEXT, clip(e.before(), TEXT_LIMIT))
                .set(AUDIT_LOG.AFTER_TEXT, clip(e.after(), TEXT_LIMIT))
                .execute();
    }

    public List<AuditEntry> find(AuditFilter f) {
        List<Condition> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(AUDIT_LOG.AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            where.add(AUDIT_LOG.AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.username() != null && !f.username().isBlank()) {
            where.add(AUDIT_LOG.USERNAME.eq(f.username().trim()));
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            where.add(AUDIT_LOG.ENTITY.eq(f.entity()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = Texts.likeContaining(f.text().trim());
            where.add(AUDIT_LOG.SUMMARY.likeIgnoreCase(like, Texts.LIKE_ESCAPE)
                    .or(AUDIT_LOG.BEFORE_TEXT.likeIgnoreCase(like, Texts.LIKE_ESCAPE))
                    .or(AUDIT_LOG.AFTER_TEXT.likeIgnoreCase(like, Texts.LIKE_ESCAPE)));
        }
        return dsl.selectFrom(AUDIT_LOG)
                .where(DSL.and(where))
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .limit(f.limit())
                .fetch(AuditStore::toEntry);
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getAt(), r.getUsername(), AuditAction.valueOf(r.getAction()),
                r.getEntity(), r.getEntityId(), r.getSummary(), r.getBeforeText(), r.getAfterText());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
