package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Unit;

/**
 * The Dream Room cases of a test: a real case-officer account and its session, children with valid ID numbers,
 * referrals made through the service, moves along the lifecycle, and follow-ups written straight into
 * FOLLOW_UP. The one fixture of the aid-case tests.
 */
public final class CaseFixtures {
    public static final String PASSWORD = "0123456789";
    /** Referral date of the fixture's cases, well before the test clock's today (2026-11-29). */
    public static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
    public static final LocalDate CONSENT = LocalDate.of(2026, 3, 10);
    private final TestServices t;
    private Unit unit;
    private int children;

    public CaseFixtures(TestServices t) {
        this.t = t;
    }

    public AidCaseService cases() {
        return t.services().aidCases();
    }

    /** The responsible unit of the fixture's cases: 江阴市供电公司 under the city company. */
    public Unit unit() {
        if (unit == null) {
            unit = t.unit("JY", "江阴市供电公司", t.city());
        }
        return unit;
    }

    /** A new active case-officer account and a session of it. */
    public Session officer(String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, "帮扶专员" + username,
                Role.CASE_OFFICER), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new Session(account.id(), username, account.displayName(), Role.CASE_OFFICER);
    }

    /** The ID number of a girl born on {@code birth} in 江阴 with sequence {@code seq} (1 to 499). */
    public static String idNumber(LocalDate birth, int seq) {
        return ResidentId.withCheckDigit(String.format("320281%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq * 2));
    }

    /** A girl of 华士镇 with a valid ID number, a guardian and, if {@code consent}, the guardian's consent on record. */
    public Child child(String name, LocalDate birth, boolean consent) {
        String id = idNumber(birth, ++children);
        return new Child(null, name, ResidentId.gender(id), birth, id, "华士实验小学", "四年级", "华士镇", "华西村",
                "华士镇华西村1组" + children + "号", EligibilityCategory.IMPRISONED, "父亲服刑，母亲失联", "王奶奶", "祖母",
                "13912345678", consent ? CONSENT : null, consent ? "个案资料收集与帮扶使用" : null,
                consent ? "officer" : null, null, null);
    }

    /** A referral draft by 华士镇团委 on {@code referredOn} to the fixture's unit. */
    public AidCase referral(LocalDate referredOn) {
        return new AidCase(null, null, null, "华士镇团委", "李老师", referredOn, unit().id(), null, null, null, null);
    }

    /** A case referred by {@code who} on {@link #REFERRED} for a child born 2015-03-12 with that name. */
    public CaseRow refer(Session who, String name, boolean consent) {
        return cases().refer(who, child(name, LocalDate.of(2015, 3, 12), consent), referral(REFERRED), java.util.List.of());
    }

    /** Moves a case along {@code path}, each step on {@code date} with a reason. */
    public CaseRow walk(Session who, long caseId, LocalDate date, AidCaseStatus... path) {
        CaseRow row = null;
        for (AidCaseStatus s : path) {
            row = cases().move(who, caseId, s, date, "按计划推进");
        }
        return row;
    }

    /** A follow-up written straight into FOLLOW_UP: open unless done or cancelled with a reason. */
    public void followUp(long caseId, String activity, LocalDate due, LocalDate done, String cancelledReason) {
        t.services().database().transaction(dsl -> dsl.execute(
                "INSERT INTO FOLLOW_UP (CASE_ID, ACTIVITY, DUE_ON, DONE_ON, CANCELLED_REASON) VALUES (?, ?, ?, ?, ?)",
                caseId, activity, due, done, cancelledReason));
    }
}
