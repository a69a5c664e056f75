package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.Pairing;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.aidcase.RenovationItem;
import org.dianmifeng.console.aidcase.SiteVisit;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * The scenario of the case report tests (the register, the summary and {@code report cases}), made by the
 * administrator through the services with {@link CaseFixtures}. Two cases of 华士镇 on the fixed test date 2026-11-29:
 * <ul>
 * <li>{@code DR-2026-001}: {@link #FIRST_CHILD} (born 2015-05-10, 11: 6–11岁, 父母服刑在押), unit 江阴市供电公司,
 * team 江阴青年志愿服务队, referred 2026-03-01 by 华士镇团委, handed over 2026-04-28, in follow-up; history of six
 * events; a visit by 李志愿; a pairing with 张党员; items 书桌 1 × 800.00 (actual 780.00) and 台灯 2 × 150.50
 * (no actual yet): budget 1101.00, actual 780.00; follow-ups 点亮书桌 照亮梦想 (done), 体验电力人的一天 (due
 * 2026-07-15, overdue), 爱心暑期辅导班 (due 2026-12-20, open) and one cancelled: 1 done, 2 open, 1 overdue.</li>
 * <li>{@code DR-2026-002}: {@link #SECOND_CHILD} (born 2009-01-15, 17: 14–17岁, 父母失联), no team, referred
 * 2026-10-08 by {@code =SUM(1,2)} (formula-like text), referred; nothing else.</li>
 * </ul>
 */
public final class CaseReportFixtures {
    public static final String FIRST_CHILD = "王小明";
    public static final LocalDate FIRST_BIRTH = LocalDate.of(2015, 5, 10);
    public static final String FIRST_ID_NUMBER = ResidentId.withCheckDigit("32028120150510001");
    public static final String FIRST_GUARDIAN = "王奶奶";
    public static final String FIRST_PHONE = "13900001111";
    public static final String FIRST_ADDRESS = "华士镇华西新村一区8号";
    public static final String SECOND_CHILD = "李小红";
    public static final LocalDate SECOND_BIRTH = LocalDate.of(2009, 1, 15);

    private final TestServices t;
    private final CaseFixtures f;

    public CaseReportFixtures(TestServices t) {
        this.t = t;
        this.f = new CaseFixtures(t);
    }

    /** The ids of the two cases. */
    public record Cases(long first, long second) {
    }

    public Cases twoCases() {
        long team = t.services().teams().create(ADMIN, new Team(null, "江阴青年志愿服务队", TeamKind.YOUTH, f.unit().id(),
                null, null, null, null, true, null)).id();
        // only a case officer refers a child: a referral carries the child's identity
        Session referrer = f.officer("referrer");
        PersonRef visitor = ref(f.person("李志愿").id());
        PersonRef pairedWith = ref(f.person("张党员").id());
        Child firstChild = new Child(null, FIRST_CHILD, Gender.MALE, FIRST_BIRTH, FIRST_ID_NUMBER, "华士实验小学", "五年级",
                "华士镇", "华西村", FIRST_ADDRESS, EligibilityCategory.IMPRISONED, "父亲服刑，母亲失联", FIRST_GUARDIAN, "祖母",
                FIRST_PHONE, LocalDate.of(2026, 3, 5), "帮扶登记与回访", "officer", null, null);
        long first = f.refer(referrer, firstChild, new AidCase(null, null, null, "华士镇团委", "周书记",
                LocalDate.of(2026, 3, 1), f.unit().id(), team, null, null, null)).id();
        Child secondChild = new Child(null, SECOND_CHILD, Gender.FEMALE, SECOND_BIRTH, null, null, null, "华士镇", null,
                null, EligibilityCategory.LOST_CONTACT, null, null, null, null, null, null, null, null, null);
        long second = f.refer(referrer, secondChild, new AidCase(null, null, null, "=SUM(1,2)", null,
                LocalDate.of(2026, 10, 8), f.unit().id(), null, null, null, null)).id();

        CaseWorkService work = f.work();
        work.addVisit(ADMIN, new SiteVisit(null, first, LocalDate.of(2026, 3, 10), List.of(visitor), "华士镇民政办 陈主任",
                "卧室无书桌，照明不足，墙面潮湿", "书桌、台灯、粉刷", null));
        f.walk(ADMIN, first, LocalDate.of(2026, 3, 10), AidCaseStatus.VISITED);
        f.walk(ADMIN, first, LocalDate.of(2026, 3, 20), AidCaseStatus.APPROVED);
        f.walk(ADMIN, first, LocalDate.of(2026, 4, 2), AidCaseStatus.RENOVATING);
        item(work, first, RenovationCategory.FURNITURE, "书桌", "1", "800.00", "780.00", ItemStatus.INSTALLED);
        item(work, first, RenovationCategory.LIGHTING, "台灯", "2", "150.50", null, ItemStatus.BOUGHT);
        f.walk(ADMIN, first, LocalDate.of(2026, 4, 28), AidCaseStatus.HANDED_OVER);
        f.walk(ADMIN, first, LocalDate.of(2026, 5, 1), AidCaseStatus.FOLLOW_UP);
        work.addPairing(ADMIN, new Pairing(null, first, pairedWith, LocalDate.of(2026, 4, 28), null, null));
        f.followUp(ADMIN, first, "点亮书桌 照亮梦想", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20), null);
        f.followUp(ADMIN, first, "体验电力人的一天", LocalDate.of(2026, 7, 15), null, null);
        f.followUp(ADMIN, first, "爱心暑期辅导班", LocalDate.of(2026, 12, 20), null, null);
        f.followUp(ADMIN, first, "春节慰问", LocalDate.of(2027, 2, 1), null, "孩子随祖母回老家过年");
        return new Cases(first, second);
    }

    private static PersonRef ref(long personId) {
        return new PersonRef(personId, null, null, null, null);
    }

    private static void item(CaseWorkService work, long caseId, RenovationCategory category, String description,
                             String quantity, String unitPrice, String actual, ItemStatus status) {
        work.addItem(ADMIN, new RenovationItem(null, caseId, category, description, new BigDecimal(quantity),
                new BigDecimal(unitPrice), actual == null ? null : new BigDecimal(actual), "澄江家具店", status, null));
    }

    /** A real, active case-officer account and a session of it ({@link CaseFixtures#officer}). */
    public org.dianmifeng.console.core.Session officer(String username) {
        return f.officer(username);
    }

    /** The identity access log, oldest first ({@link CaseFixtures#identityLog}). */
    public List<String> identityLog() {
        return f.identityLog();
    }
}
