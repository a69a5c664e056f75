package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.IdentityAccess;
import org.dianmifeng.console.aidcase.IdentityLogFilter;
import org.dianmifeng.console.aidcase.SiteVisit;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;

/**
 * The Dream Room cases of a test, all made through the services as a user would: a real case-officer account and
 * its session, children with valid ID numbers, referrals, moves along the lifecycle, follow-ups planned and marked
 * done or cancelled, people of the register to visit or pair, and the identity access log as the administrator
 * reads it. The one fixture of the aid-case tests.
 */
public final class CaseFixtures {
    public static final String PASSWORD = "0123456789";
    /** Referral date of the fixture's cases, well before the test clock's today (2026-11-29). */
    public static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
    public static final LocalDate CONSENT = LocalDate.of(2026, 3, 10);
    /** The child's name of every {@link #aidCase} case: audit texts and messages must never hold it. */
    public static final String CHILD_NAME = "王小梦";
    /** The statuses from referral to closing, in order: the path {@link #aidCase} walks. */
    public static final List<AidCaseStatus> MAIN_PATH = List.of(AidCaseStatus.REFERRED, AidCaseStatus.VISITED,
            AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING, AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP,
            AidCaseStatus.CLOSED);
    private final TestServices t;
    private Unit unit;
    private int children;
    private int people;

    public CaseFixtures(TestServices t) {
        this.t = t;
    }

    public AidCaseService cases() {
        return t.services().aidCases();
    }

    public CaseWorkService work() {
        return t.services().caseWork();
    }

    /** The responsible unit of the fixture's cases: 江阴市供电公司 under the city company. */
    public Unit unit() {
        if (unit == null) {
            unit = t.unit("JY", "江阴市供电公司", t.city());
        }
        return unit;
    }

    /** A new active case-officer account, made by the administrator, and a session of it. */
    public Session officer(String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, "帮扶专员" + username,
                Role.CASE_OFFICER), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new Session(account.id(), username, account.displayName(), Role.CASE_OFFICER);
    }

    /** A person of the register in the fixture's unit (a visitor or a pairing partner). */
    public Person person(String name) {
        people++;
        return t.person(name, String.format("32028119800101%03d", people), unit());
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

    /** The one way a fixture case is made: {@code who} refers {@code child} through the service, without officers. */
    public CaseRow refer(Session who, Child child, AidCase referral) {
        return cases().refer(who, child, referral, List.of());
    }

    /** A case referred by {@code who} on {@link #REFERRED} for a child born 2015-03-12 with that name. */
    public CaseRow refer(Session who, String name, boolean consent) {
        return refer(who, child(name, LocalDate.of(2015, 3, 12), consent), referral(REFERRED));
    }

    /**
     * A case of {@link #CHILD_NAME} (consent on record) referred by {@code who} and moved along {@link #MAIN_PATH}
     * to {@code status} on {@link #CONSENT}; codes follow DR-2026-001, -002, … in the order made.
     */
    public CaseRow aidCase(Session who, AidCaseStatus status) {
        int upTo = MAIN_PATH.indexOf(status);
        if (upTo < 0) {
            throw new IllegalArgumentException(status + " is not on the main path");
        }
        CaseRow row = refer(who, CHILD_NAME, true);
        List<AidCaseStatus> path = MAIN_PATH.subList(1, upTo + 1);
        return path.isEmpty() ? row : walk(who, row.id(), CONSENT, path.toArray(AidCaseStatus[]::new));
    }

    /**
     * Moves a case along {@code path}, each step on {@code date} with a reason; a site visit on {@code date} is
     * recorded first where the case moves to VISITED without one (the lifecycle needs it).
     */
    public CaseRow walk(Session who, long caseId, LocalDate date, AidCaseStatus... path) {
        CaseRow row = null;
        for (AidCaseStatus s : path) {
            if (s == AidCaseStatus.VISITED && work().visits(who, caseId).isEmpty()) {
                work().addVisit(who, new SiteVisit(null, caseId, date, List.of(visitor()), null, "卧室无书桌，照明不足",
                        null, null));
            }
            row = cases().move(who, caseId, s, date, "按计划推进");
        }
        return row;
    }

    /** Someone of the register to visit with: the first person there, or a new one while there is nobody. */
    private PersonRef visitor() {
        long id = t.services().people().list(ADMIN).stream().mapToLong(r -> r.id()).findFirst()
                .orElseGet(() -> person("走访志愿者").id());
        return new PersonRef(id, null, null, null, null);
    }

    /** A follow-up planned by {@code who}, then marked done on {@code done} or cancelled with a reason (or open). */
    public FollowUp followUp(Session who, long caseId, String activity, LocalDate due, LocalDate done,
                             String cancelledReason) {
        FollowUp f = work().plan(who, new FollowUp(null, caseId, activity, due, null, "江阴青年志愿服务队", null, null,
                null));
        if (done != null) {
            return work().markDone(who, f, done, f.participants(), null);
        }
        return cancelledReason == null ? f : work().cancel(who, f, cancelledReason);
    }

    /** The identity access log as the administrator reads it, oldest first, as "username/ACTION/caseId/reason@at". */
    public List<String> identityLog() {
        List<String> lines = new ArrayList<>();
        for (IdentityAccess a : cases().identityLog(ADMIN, new IdentityLogFilter(null, null, null, null))) {
            lines.add(0, a.username() + "/" + a.action() + "/" + a.caseId() + "/" + a.reason() + "@" + a.at());
        }
        return lines;
    }
}
