package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.CHILD;
import static org.dianmifeng.console.db.Tables.IDENTITY_ACCESS;

import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.jooq.DSLContext;

/** Test only: CHILD and AID_CASE rows as the case-work tests need them. */
final class CaseWorkFixtureStore {
    private final DSLContext dsl;

    CaseWorkFixtureStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertCase(String code, String childName, LocalDate birth, long unitId, AidCaseStatus status) {
        long child = dsl.insertInto(CHILD)
                .set(CHILD.NAME, childName)
                .set(CHILD.GENDER, "FEMALE")
                .set(CHILD.BIRTH_DATE, birth)
                .set(CHILD.TOWNSHIP, "华士镇")
                .set(CHILD.CATEGORY, "IMPRISONED")
                .returning(CHILD.ID).fetchOne(CHILD.ID);
        return dsl.insertInto(AID_CASE)
                .set(AID_CASE.CODE, code)
                .set(AID_CASE.CHILD_ID, child)
                .set(AID_CASE.REFERRAL_SOURCE, "华士镇团委")
                .set(AID_CASE.REFERRED_ON, LocalDate.of(2026, 3, 1))
                .set(AID_CASE.UNIT_ID, unitId)
                .set(AID_CASE.STATUS, status.name())
                .returning(AID_CASE.ID).fetchOne(AID_CASE.ID);
    }

    void setStatus(long caseId, AidCaseStatus status) {
        dsl.update(AID_CASE).set(AID_CASE.STATUS, status.name()).where(AID_CASE.ID.eq(caseId)).execute();
    }

    List<String> identityAccess() {
        return dsl.selectFrom(IDENTITY_ACCESS).orderBy(IDENTITY_ACCESS.ID)
                .fetch(r -> r.getUsername() + "/" + r.getAction() + "/" + r.getCaseId() + "/" + r.getReason());
    }
}
