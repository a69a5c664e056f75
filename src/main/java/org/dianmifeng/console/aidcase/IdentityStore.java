package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.IDENTITY_ACCESS;

import java.util.List;
import org.dianmifeng.console.core.Texts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The IDENTITY_ACCESS log: every reveal and every export of a child's identity. */
public final class IdentityStore {
    private final DSLContext dsl;

    public IdentityStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(IdentityAccess a) {
        dsl.insertInto(IDENTITY_ACCESS)
                .set(IDENTITY_ACCESS.AT, a.at())
                .set(IDENTITY_ACCESS.USERNAME, a.username())
                .set(IDENTITY_ACCESS.ACTION, a.action().name())
                .set(IDENTITY_ACCESS.CASE_ID, a.caseId())
                .set(IDENTITY_ACCESS.REASON, a.reason())
                .execute();
    }

    /** The lines the filter selects, newest first, with the case code. */
    public List<IdentityAccess> find(IdentityLogFilter f) {
        Condition c = DSL.noCondition();
        if (f.from() != null) {
            c = c.and(IDENTITY_ACCESS.AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(IDENTITY_ACCESS.AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.action() != null) {
            c = c.and(IDENTITY_ACCESS.ACTION.eq(f.action().name()));
        }
        String text = Texts.clean(f.text());
        if (text != null) {
            String like = Texts.likeContaining(text);
            c = c.and(IDENTITY_ACCESS.USERNAME.likeIgnoreCase(like, Texts.LIKE_ESCAPE)
                    .or(ACCOUNT.DISPLAY_NAME.likeIgnoreCase(like, Texts.LIKE_ESCAPE))
                    .or(AID_CASE.CODE.likeIgnoreCase(like, Texts.LIKE_ESCAPE))
                    .or(IDENTITY_ACCESS.REASON.likeIgnoreCase(like, Texts.LIKE_ESCAPE)));
        }
        return dsl.select(IDENTITY_ACCESS.fields()).select(AID_CASE.CODE, ACCOUNT.DISPLAY_NAME).from(IDENTITY_ACCESS)
                .leftJoin(AID_CASE).on(AID_CASE.ID.eq(IDENTITY_ACCESS.CASE_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.USERNAME.eq(IDENTITY_ACCESS.USERNAME))
                .where(c).orderBy(IDENTITY_ACCESS.AT.desc(), IDENTITY_ACCESS.ID.desc())
                .fetch(r -> new IdentityAccess(r.get(IDENTITY_ACCESS.ID), r.get(IDENTITY_ACCESS.AT),
                        r.get(IDENTITY_ACCESS.USERNAME), IdentityAction.valueOf(r.get(IDENTITY_ACCESS.ACTION)),
                        r.get(IDENTITY_ACCESS.CASE_ID), r.get(AID_CASE.CODE), r.get(IDENTITY_ACCESS.REASON),
                        r.get(ACCOUNT.DISPLAY_NAME)));
    }
}
