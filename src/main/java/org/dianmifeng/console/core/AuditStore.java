package org.dianmifeng.console.core;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.AUDIT_LOG;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
            where.add(AUDIT_LOG.USERNAME.eq(f.username().trim()).or(ACCOUNT.DISPLAY_NAME.eq(f.username().trim())));
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            where.add(AUDIT_LOG.ENTITY.eq(f.entity()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            List<Condition> any = new ArrayList<>();
            for (String term : Stream.concat(Stream.of(f.text().trim()), f.storedTerms().stream()).toList()) {
                String like = Texts.likeContaining(term);
                any.add(AUDIT_LOG.SUMMARY.likeIgnoreCase(like, Texts.LIKE_ESCAPE)
                        .or(AUDIT_LOG.BEFORE_TEXT.likeIgnoreCase(like, Texts.LIKE_ESCAPE))
                        .or(AUDIT_LOG.AFTER_TEXT.likeIgnoreCase(like, Texts.LIKE_ESCAPE)));
            }
            for (String older : AuditTexts.olderSettingSummaries(f.storedTerms())) {
                any.add(AUDIT_LOG.ENTITY.eq(Settings.ENTITY).and(AUDIT_LOG.SUMMARY.eq(older)));
            }
            where.add(DSL.or(any));
        }
        return dsl.select(AUDIT_LOG.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(AUDIT_LOG)
                .leftJoin(ACCOUNT).on(ACCOUNT.USERNAME.eq(AUDIT_LOG.USERNAME))
                .where(DSL.and(where))
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .limit(f.limit())
                .fetch(r -> toEntry(r.into(AUDIT_LOG), r.get(ACCOUNT.DISPLAY_NAME)));
    }

    /**
     * The name of the record an id field of an audit text points at (a unit's, person's, team's, branch's,
     * community's, grid's or account's name, a party member's person's name, a case's code), or null when the
     * field is no such id or the record is gone.
     */
    public String nameOf(String field, long id) {
        return switch (field) {
            case "unitId", "parentId" -> dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(id)).fetchOne(UNIT.NAME);
            case "personId", "leaderId", "managerId" -> dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(id))
                    .fetchOne(PERSON.NAME);
            case "memberId" -> dsl.select(PERSON.NAME).from(PARTY_MEMBER).join(PERSON)
                    .on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID)).where(PARTY_MEMBER.ID.eq(id)).fetchOne(PERSON.NAME);
            case "teamId" -> dsl.select(TEAM.NAME).from(TEAM).where(TEAM.ID.eq(id)).fetchOne(TEAM.NAME);
            case "branchId", "communityBranchId" -> dsl.select(BRANCH.NAME).from(BRANCH).where(BRANCH.ID.eq(id))
                    .fetchOne(BRANCH.NAME);
            case "communityId" -> dsl.select(COMMUNITY.NAME).from(COMMUNITY).where(COMMUNITY.ID.eq(id))
                    .fetchOne(COMMUNITY.NAME);
            case "gridId" -> dsl.select(GRID.NAME).from(GRID).where(GRID.ID.eq(id)).fetchOne(GRID.NAME);
            case "caseId" -> dsl.select(AID_CASE.CODE).from(AID_CASE).where(AID_CASE.ID.eq(id))
                    .fetchOne(AID_CASE.CODE);
            case "secretaryAccountId" -> dsl.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                    .fetchOne(ACCOUNT.DISPLAY_NAME);
            default -> null;
        };
    }

    private static AuditEntry toEntry(AuditLogRecord r, String displayName) {
        return new AuditEntry(r.getId(), r.getAt(), r.getUsername(), displayName, AuditAction.valueOf(r.getAction()),
                r.getEntity(), r.getEntityId(), r.getSummary(), r.getBeforeText(), r.getAfterText());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
