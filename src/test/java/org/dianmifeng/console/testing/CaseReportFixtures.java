package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.CASE_EVENT;
import static org.dianmifeng.console.db.Tables.CHILD;
import static org.dianmifeng.console.db.Tables.FOLLOW_UP;
import static org.dianmifeng.console.db.Tables.PAIRING;
import static org.dianmifeng.console.db.Tables.RENOVATION_ITEM;
import static org.dianmifeng.console.db.Tables.SITE_VISIT;
import static org.dianmifeng.console.db.Tables.SITE_VISITOR;
import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * Cases for the case report tests, written straight into the tables (the case services are built beside the
 * reports), and a real case-officer account. Two cases of 华士镇 on the fixed test date 2026-11-29:
 * <ul>
 * <li>{@code DR-2026-001}: {@link #FIRST_CHILD} (born 2015-05-10, 11: 6–11岁, 父母服刑在押), unit 江阴市供电公司,
 * team 江阴青年志愿服务队, referred 2026-03-01 by 华士镇团委, handed over 2026-04-28, in follow-up; history of five
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
    public static final String FIRST_ID_NUMBER = "32028120150510001X";
    public static final String FIRST_GUARDIAN = "王奶奶";
    public static final String FIRST_PHONE = "13900001111";
    public static final String FIRST_ADDRESS = "华士镇华西新村一区8号";
    public static final String SECOND_CHILD = "李小红";
    public static final LocalDate SECOND_BIRTH = LocalDate.of(2009, 1, 15);
    public static final String PASSWORD = "Officer-pass-2026";

    private final TestServices t;

    public CaseReportFixtures(TestServices t) {
        this.t = t;
    }

    /** The ids of the two cases. */
    public record Cases(long first, long second) {
    }

    public Cases twoCases() {
        Unit unit = t.unit("JY", "江阴市供电公司", t.city());
        long team = t.services().teams().create(ADMIN, new Team(null, "江阴青年志愿服务队", TeamKind.YOUTH, unit.id(), null,
                null, null, null, true, null)).id();
        long visitor = t.person("李志愿", "32028119900101001", unit).id();
        long pairedWith = t.person("张党员", "32028119850202002", unit).id();
        return t.services().database().transaction(dsl -> {
            long child1 = dsl.insertInto(CHILD)
                    .set(CHILD.NAME, FIRST_CHILD).set(CHILD.GENDER, "MALE").set(CHILD.BIRTH_DATE, FIRST_BIRTH)
                    .set(CHILD.ID_NUMBER, FIRST_ID_NUMBER).set(CHILD.SCHOOL, "华士实验小学").set(CHILD.SCHOOL_GRADE, "五年级")
                    .set(CHILD.TOWNSHIP, "华士镇").set(CHILD.COMMUNITY, "华西村").set(CHILD.ADDRESS, FIRST_ADDRESS)
                    .set(CHILD.CATEGORY, "IMPRISONED").set(CHILD.CATEGORY_NOTE, "父亲服刑，母亲失联")
                    .set(CHILD.GUARDIAN_NAME, FIRST_GUARDIAN).set(CHILD.GUARDIAN_RELATION, "祖母")
                    .set(CHILD.GUARDIAN_PHONE, FIRST_PHONE).set(CHILD.CONSENT_ON, LocalDate.of(2026, 3, 5))
                    .set(CHILD.CONSENT_SCOPE, "帮扶登记与回访").set(CHILD.CONSENT_BY, "officer")
                    .returning(CHILD.ID).fetchOne().getId();
            long child2 = dsl.insertInto(CHILD)
                    .set(CHILD.NAME, SECOND_CHILD).set(CHILD.GENDER, "FEMALE").set(CHILD.BIRTH_DATE, SECOND_BIRTH)
                    .set(CHILD.TOWNSHIP, "华士镇").set(CHILD.CATEGORY, "LOST_CONTACT")
                    .returning(CHILD.ID).fetchOne().getId();
            long first = dsl.insertInto(AID_CASE)
                    .set(AID_CASE.CODE, "DR-2026-001").set(AID_CASE.CHILD_ID, child1)
                    .set(AID_CASE.REFERRAL_SOURCE, "华士镇团委").set(AID_CASE.REFERRER, "周书记")
                    .set(AID_CASE.REFERRED_ON, LocalDate.of(2026, 3, 1)).set(AID_CASE.UNIT_ID, unit.id())
                    .set(AID_CASE.TEAM_ID, team).set(AID_CASE.STATUS, "FOLLOW_UP")
                    .set(AID_CASE.HANDED_OVER_ON, LocalDate.of(2026, 4, 28))
                    .returning(AID_CASE.ID).fetchOne().getId();
            long second = dsl.insertInto(AID_CASE)
                    .set(AID_CASE.CODE, "DR-2026-002").set(AID_CASE.CHILD_ID, child2)
                    .set(AID_CASE.REFERRAL_SOURCE, "=SUM(1,2)").set(AID_CASE.REFERRED_ON, LocalDate.of(2026, 10, 8))
                    .set(AID_CASE.UNIT_ID, unit.id()).set(AID_CASE.STATUS, "REFERRED")
                    .returning(AID_CASE.ID).fetchOne().getId();
            String[][] events = {{null, "REFERRED", "2026-03-01"}, {"REFERRED", "VISITED", "2026-03-10"},
                    {"VISITED", "APPROVED", "2026-03-20"}, {"APPROVED", "RENOVATING", "2026-04-02"},
                    {"RENOVATING", "HANDED_OVER", "2026-04-28"}, {"HANDED_OVER", "FOLLOW_UP", "2026-05-01"}};
            for (String[] e : events) {
                LocalDate on = LocalDate.parse(e[2]);
                dsl.insertInto(CASE_EVENT).set(CASE_EVENT.CASE_ID, first).set(CASE_EVENT.FROM_STATUS, e[0])
                        .set(CASE_EVENT.TO_STATUS, e[1]).set(CASE_EVENT.ON_DATE, on)
                        .set(CASE_EVENT.AT, on.atTime(9, 30)).set(CASE_EVENT.USERNAME, "officer").execute();
            }
            long visit = dsl.insertInto(SITE_VISIT).set(SITE_VISIT.CASE_ID, first)
                    .set(SITE_VISIT.VISITED_ON, LocalDate.of(2026, 3, 10)).set(SITE_VISIT.OFFICIALS, "华士镇民政办 陈主任")
                    .set(SITE_VISIT.FINDINGS, "卧室无书桌，照明不足，墙面潮湿").set(SITE_VISIT.NEEDS, "书桌、台灯、粉刷")
                    .returning(SITE_VISIT.ID).fetchOne().getId();
            dsl.insertInto(SITE_VISITOR).set(SITE_VISITOR.VISIT_ID, visit).set(SITE_VISITOR.PERSON_ID, visitor).execute();
            dsl.insertInto(PAIRING).set(PAIRING.CASE_ID, first).set(PAIRING.PERSON_ID, pairedWith)
                    .set(PAIRING.FROM_ON, LocalDate.of(2026, 4, 28)).execute();
            item(dsl, first, "FURNITURE", "书桌", "1", "800.00", "780.00", "INSTALLED");
            item(dsl, first, "LIGHTING", "台灯", "2", "150.50", null, "BOUGHT");
            followUp(dsl, first, "点亮书桌 照亮梦想", "2026-05-20", "2026-05-20", null);
            followUp(dsl, first, "体验电力人的一天", "2026-07-15", null, null);
            followUp(dsl, first, "爱心暑期辅导班", "2026-12-20", null, null);
            followUp(dsl, first, "春节慰问", "2026-02-01", null, "孩子随祖母回老家过年");
            return new Cases(first, second);
        });
    }

    private static void item(org.jooq.DSLContext dsl, long caseId, String category, String description, String quantity,
                             String unitPrice, String actual, String status) {
        dsl.insertInto(RENOVATION_ITEM).set(RENOVATION_ITEM.CASE_ID, caseId).set(RENOVATION_ITEM.CATEGORY, category)
                .set(RENOVATION_ITEM.DESCRIPTION, description).set(RENOVATION_ITEM.QUANTITY, new BigDecimal(quantity))
                .set(RENOVATION_ITEM.UNIT_PRICE, new BigDecimal(unitPrice))
                .set(RENOVATION_ITEM.ACTUAL_COST, actual == null ? null : new BigDecimal(actual))
                .set(RENOVATION_ITEM.SUPPLIER, "澄江家具店").set(RENOVATION_ITEM.STATUS, status).execute();
    }

    private static void followUp(org.jooq.DSLContext dsl, long caseId, String activity, String due, String done,
                                 String cancelled) {
        dsl.insertInto(FOLLOW_UP).set(FOLLOW_UP.CASE_ID, caseId).set(FOLLOW_UP.ACTIVITY, activity)
                .set(FOLLOW_UP.DUE_ON, LocalDate.parse(due)).set(FOLLOW_UP.DONE_ON, done == null ? null : LocalDate.parse(done))
                .set(FOLLOW_UP.PARTICIPANTS, "江阴青年志愿服务队").set(FOLLOW_UP.CANCELLED_REASON, cancelled).execute();
    }

    /** A real, active case-officer account made by the administrator, and a session of it. */
    public Session officer(String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, "帮扶专员" + username,
                Role.CASE_OFFICER), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new Session(account.id(), account.username(), account.displayName(), Role.CASE_OFFICER);
    }

    /** The EXPORT rows of the identity access log: action, case id, reason, username. */
    public java.util.List<String> exports() {
        var log = org.dianmifeng.console.db.Tables.IDENTITY_ACCESS;
        return t.services().database().read(dsl -> dsl.selectFrom(log).orderBy(log.ID)
                .fetch(r -> r.getAction() + "|" + r.getCaseId() + "|" + r.getReason() + "|" + r.getUsername() + "|"
                        + r.getAt()));
    }
}
