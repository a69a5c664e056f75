package org.dianmifeng.console.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.AidCaseStore;
import org.dianmifeng.console.aidcase.CaseEvent;
import org.dianmifeng.console.aidcase.CaseWorkStore;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.Pairing;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.aidcase.RenovationItem;
import org.dianmifeng.console.aidcase.SiteVisit;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamStore;
import org.jooq.DSLContext;

/**
 * The Dream Room cases of the sample data, all fictitious children: the six 华士镇 cases of the article
 * (referred by the township Youth League committee, visited with its cadres, rooms renovated and handed
 * over in April 2022, then 点亮书桌 照亮梦想, 体验电力人的一天 and 爱心暑期辅导班), four of them closed and two
 * still followed up; and thirteen cases elsewhere in 2025 and 2026 at every stage, one of them reopened.
 */
final class CaseSampleData {
    static final String HUASHI_TEAM = "华士“梦想小屋”帮扶小分队";
    static final String[] ARTICLE_ACTIVITIES = {"点亮书桌 照亮梦想", "体验电力人的一天", "爱心暑期辅导班"};
    private static final String[] HUASHI_VILLAGES = {"华西村", "龙砂村", "红苗村", "向阳村", "陶新村", "华士社区"};
    /** township, community, unit code of the other cases. */
    private static final String[][] ELSEWHERE = {
        {"周庄镇", "周庄村", "JY-ZZ"}, {"青阳镇", "青阳社区", "JY-QY"}, {"徐霞客镇", "马镇村", "JY-XXK"},
        {"澄江街道", "南门社区", "JY-CJ"}, {"丁蜀镇", "蜀山社区", "YX-DS"}, {"和桥镇", "和桥社区", "YX-HQ"},
        {"官林镇", "官林社区", "YX-GL"}, {"张渚镇", "张渚社区", "YX-ZZ"}, {"洛社镇", "洛社社区", "HS-LS"},
        {"阳山镇", "桃源村", "HS-YS"}, {"安镇街道", "安镇社区", "XS-AZ"}, {"梅村街道", "梅村社区", "XW-MC"},
        {"硕放街道", "硕放社区", "XW-SF"},
    };
    /** Where each of the other cases has got to, in the order of {@link #ELSEWHERE}. */
    private static final AidCaseStatus[][] PATHS = {
        {AidCaseStatus.REFERRED},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING,
            AidCaseStatus.HANDED_OVER},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING,
            AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING,
            AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING,
            AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP, AidCaseStatus.CLOSED},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING,
            AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP, AidCaseStatus.CLOSED, AidCaseStatus.FOLLOW_UP},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.ON_HOLD},
        {AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.REJECTED},
    };
    private static final String[] GUARDIANS = {"祖母", "祖父", "外祖母", "外祖父", "姑姑", "舅舅"};
    private static final String[] SCHOOLS = {"中心小学", "实验小学", "初级中学"};

    private final SampleData sample;
    private final Random random;
    private final String user;

    CaseSampleData(SampleData sample, Random random, String user) {
        this.sample = sample;
        this.random = random;
        this.user = user;
    }

    /** Everything in the caller's transaction; returns how many cases it made. */
    int load(DSLContext dsl, Map<String, Unit> units, List<SampleData.Placed> people, Map<String, Account> accounts,
             LocalDate today) {
        AidCaseStore cases = new AidCaseStore(dsl);
        CaseWorkStore work = new CaseWorkStore(dsl);
        TeamStore teams = new TeamStore(dsl);
        Long huashiTeam = teams.byName(HUASHI_TEAM).map(t -> t.id()).orElse(null);
        Long chengxin = teams.byName(SampleData.TEAMS[0][0]).map(t -> t.id()).orElse(null);
        Account officer = accounts.get("officer");
        List<PersonRef> jiangyin = people.stream().filter(p -> p.unitCode().startsWith("JY")).map(SampleData.Placed::person)
                .toList();
        List<PersonRef> everyone = people.stream().map(SampleData.Placed::person).toList();
        Set<String> ids = new HashSet<>();
        Map<Integer, Integer> codesIn = new java.util.HashMap<>(Map.of(2022, 6));
        int made = 0;

        // the six children of 华士镇 in the article
        for (int i = 0; i < 6; i++) {
            LocalDate referred = LocalDate.of(2022, 2, 14 + i);
            Child child = cases.insertChild(child("华士镇", HUASHI_VILLAGES[i], referred, ids, LocalDate.of(2022, 3, 2)));
            boolean stillFollowed = i >= 4;
            List<AidCaseStatus> path = new ArrayList<>(List.of(AidCaseStatus.REFERRED, AidCaseStatus.VISITED,
                    AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING, AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP));
            if (!stillFollowed) {
                path.add(AidCaseStatus.CLOSED);
            }
            List<LocalDate> dates = List.of(referred, LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 10),
                    LocalDate.of(2022, 3, 21), LocalDate.of(2022, 4, 26), LocalDate.of(2022, 5, 6),
                    LocalDate.of(2022, 9, 30));
            AidCase c = cases.insertCase(new AidCase(null, AidCase.code(2022, i + 1), child.id(),
                    "华士镇团委", sample.name(), referred, units.get("JY-HS").id(), huashiTeam, path.get(path.size() - 1),
                    LocalDate.of(2022, 4, 26), null));
            history(cases, c, path, dates, officer);
            work.insertVisits(List.of(new SiteVisit(null, c.id(), dates.get(1), pick(jiangyin, 3), "华士镇团委干部",
                    "房间狭小昏暗，电线老化裸露，没有书桌和台灯，孩子在床上写作业。", "书桌、台灯、衣柜，线路整改，墙面粉刷", null)));
            work.insertPairings(pick(jiangyin, 1).stream()
                    .map(p -> new Pairing(null, c.id(), p, dates.get(2), null, null)).toList());
            work.insertItems(items(c.id(), true));
            List<FollowUp> followUps = new ArrayList<>();
            followUps.add(new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[0], LocalDate.of(2022, 5, 20),
                    LocalDate.of(2022, 5, 20), "澄心澄意共产党员服务队 5 人", "送去台灯和学习用品，检查书桌用电安全", null, null));
            followUps.add(new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[1], LocalDate.of(2022, 7, 12),
                    LocalDate.of(2022, 7, 12), "华士供电所青年员工", "参观供电所、变电站，体验抄表和安全用电宣传", null, null));
            followUps.add(new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[2], LocalDate.of(2022, 8, 19),
                    LocalDate.of(2022, 8, 19), "青年志愿者 8 人", "暑期辅导作业四周", null, null));
            if (stillFollowed) {
                // one overdue and one due this week: they stand out in the list and on the main window
                followUps.add(new FollowUp(null, c.id(), i == 4 ? "开学前回访" : "冬季用电安全检查",
                        i == 4 ? today.minusDays(9) : today.plusDays(3), null, null, null, null, null));
            }
            work.insertFollowUps(followUps);
            made++;
        }

        // elsewhere, 2025 and 2026, at every stage
        for (int i = 0; i < ELSEWHERE.length; i++) {
            String[] where = ELSEWHERE[i];
            AidCaseStatus[] path = PATHS[i];
            LocalDate referred = today.minusDays(40L * path.length + 20 + random.nextInt(30));
            List<LocalDate> dates = new ArrayList<>();
            LocalDate d = referred;
            for (int k = 0; k < path.length; k++) {
                dates.add(d);
                d = d.plusDays(20 + random.nextInt(15));
            }
            boolean consented = List.of(path).contains(AidCaseStatus.APPROVED);
            Child child = cases.insertChild(child(where[0], where[1], referred, ids, consented ? dates.get(1) : null));
            List<AidCaseStatus> reached = List.of(path);
            int handedAt = reached.indexOf(AidCaseStatus.HANDED_OVER);
            int year = referred.getYear();
            AidCase c = cases.insertCase(new AidCase(null, AidCase.code(year, codesIn.merge(year, 1, Integer::sum)),
                    child.id(), where[0] + "团委", sample.name(), referred, units.get(where[2]).id(),
                    where[2].startsWith("JY") ? chengxin : null, path[path.length - 1],
                    handedAt < 0 ? null : dates.get(handedAt), null));
            history(cases, c, reached, dates, officer);
            if (reached.contains(AidCaseStatus.VISITED)) {
                work.insertVisits(List.of(new SiteVisit(null, c.id(), dates.get(1), pick(everyone, 2), where[0] + "团委干部",
                        "孩子与祖辈同住，房间缺少学习桌椅，照明不足。", "书桌椅、台灯、床上用品", null)));
            }
            if (reached.contains(AidCaseStatus.APPROVED)) {
                work.insertPairings(pick(everyone, 1).stream()
                        .map(p -> new Pairing(null, c.id(), p, dates.get(2), null, null)).toList());
                work.insertItems(items(c.id(), reached.contains(AidCaseStatus.HANDED_OVER)));
            }
            if (reached.contains(AidCaseStatus.FOLLOW_UP)) {
                LocalDate handed = dates.get(reached.indexOf(AidCaseStatus.HANDED_OVER));
                boolean closed = path[path.length - 1] == AidCaseStatus.CLOSED;
                work.insertFollowUps(List.of(
                        new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[0], handed.plusDays(14), handed.plusDays(14),
                                "服务队 4 人", "送学习用品", null, null),
                        closed ? new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[2], handed.plusDays(30), null, null, null,
                                "孩子随家人外出，取消", null)
                                : new FollowUp(null, c.id(), ARTICLE_ACTIVITIES[1], i == 7 ? today.minusDays(4)
                                : today.plusDays(20), null, null, null, null, null)));
            }
            made++;
        }
        return made;
    }

    /** The case's events along {@code path} on {@code dates}, and its case officer. */
    private void history(AidCaseStore cases, AidCase c, List<AidCaseStatus> path, List<LocalDate> dates, Account officer) {
        List<CaseEvent> events = new ArrayList<>();
        AidCaseStatus from = null;
        for (int k = 0; k < path.size(); k++) {
            AidCaseStatus to = path.get(k);
            String reason = from != null && from.needsReason(to) ? reason(from, to) : null;
            events.add(new CaseEvent(null, c.id(), from, to, dates.get(k), dates.get(k).atTime(10, 0), user, reason));
            from = to;
        }
        cases.insertEvents(events);
        if (officer != null) {
            cases.addOfficer(c.id(), officer.id());
        }
    }

    private static String reason(AidCaseStatus from, AidCaseStatus to) {
        return switch (to) {
            case ON_HOLD -> "监护人暂未同意入户改造，待再次沟通";
            case REJECTED -> "经核实父亲已恢复联系并履行抚养义务，不符合事实无人抚养条件";
            default -> "孩子升学后需要调整学习空间，重新开展跟进";
        };
    }

    private Child child(String township, String community, LocalDate referred, Set<String> ids, LocalDate consentOn) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = sample.dateBetween(referred.minusYears(13), referred.minusYears(6));
        EligibilityCategory category = EligibilityCategory.values()[random.nextInt(EligibilityCategory.values().length)];
        int age = referred.getYear() - birth.getYear();
        return new Child(null, sample.name(), gender, birth, sample.idNumber("320281", birth, gender, ids),
                township.substring(0, 2) + SCHOOLS[age >= 12 ? 2 : random.nextInt(2)],
                age >= 12 ? "初" + (age - 11) : (age - 5) + "年级", township, community,
                township + community + (1 + random.nextInt(60)) + "号", category, "经镇民政办核实",
                sample.name(), GUARDIANS[random.nextInt(GUARDIANS.length)], sample.mobile(),
                consentOn, consentOn == null ? null : "入户走访、房间改造、照片用于帮扶档案", consentOn == null ? null : user,
                null, null);
    }

    private List<RenovationItem> items(long caseId, boolean done) {
        Object[][] plan = {
            {RenovationCategory.FURNITURE, "书桌椅一套", "1", "680"},
            {RenovationCategory.FURNITURE, "衣柜", "1", "900"},
            {RenovationCategory.LIGHTING, "护眼台灯", "1", "150"},
            {RenovationCategory.WIRING, "室内线路整改", "1", "800"},
            {RenovationCategory.PAINTING, "墙面粉刷（平方米）", "24", "22"},
            {RenovationCategory.BEDDING, "床上用品四件套", "2", "120"},
            {RenovationCategory.STUDY_SUPPLIES, "书包文具", "1", "200"},
        };
        List<RenovationItem> out = new ArrayList<>();
        for (int k = 0; k < plan.length; k++) {
            BigDecimal qty = new BigDecimal((String) plan[k][2]);
            BigDecimal price = new BigDecimal((String) plan[k][3]);
            ItemStatus status = done ? ItemStatus.INSTALLED : k % 3 == 0 ? ItemStatus.INSTALLED
                    : k % 3 == 1 ? ItemStatus.BOUGHT : ItemStatus.PLANNED;
            BigDecimal actual = status == ItemStatus.PLANNED ? null
                    : qty.multiply(price).multiply(BigDecimal.valueOf(90 + random.nextInt(21), 2)).setScale(2,
                            java.math.RoundingMode.HALF_UP);
            out.add(new RenovationItem(null, caseId, (RenovationCategory) plan[k][0], (String) plan[k][1], qty, price,
                    actual, k % 2 == 0 ? "江阴本地家具城" : "社区五金店", status, null));
        }
        return out;
    }

    private List<PersonRef> pick(List<PersonRef> from, int n) {
        List<PersonRef> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (out.size() < Math.min(n, from.size())) {
            PersonRef p = from.get(random.nextInt(from.size()));
            if (seen.add(p.id())) {
                out.add(p);
            }
        }
        return out;
    }
}
