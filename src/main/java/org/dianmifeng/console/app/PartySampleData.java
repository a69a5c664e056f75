package org.dianmifeng.console.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalRules;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.AppraisalStore;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.BranchStore;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.CommunityStore;
import org.dianmifeng.console.party.CommunityWorkStore;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.Feedback;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.GradeProposer;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.MemberStore;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.party.PointEntry;
import org.dianmifeng.console.party.Rating;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.unit.Unit;
import org.jooq.DSLContext;

/**
 * The 宜兴 pilot of dual management, part of the sample data: the work-unit branches of 宜兴市供电公司
 * and its supply stations, eleven communities with three grids and a branch each, every party member
 * working there enrolled in a grid (a few never reported, a few moved), a year of community service,
 * the last four quarters of feedback cards, some bonus and deduction points, last year's appraisal
 * confirmed and this year's in progress at a different status in each branch.
 */
final class PartySampleData {
    /** code, name, street or township. */
    static final String[][] COMMUNITIES = {
        {"YXC-DH", "东虹社区", "宜城街道"},
        {"YXC-CB", "城北社区", "宜城街道"},
        {"YXC-RM", "人民社区", "宜城街道"},
        {"YXC-XM", "西门社区", "宜城街道"},
        {"YXC-SS", "蜀山社区", "丁蜀镇"},
        {"YXC-BD", "白宕社区", "丁蜀镇"},
        {"YXC-HQ", "和桥社区", "和桥镇"},
        {"YXC-XJ", "新街社区", "新街街道"},
        {"YXC-QT", "屺亭社区", "屺亭街道"},
        {"YXC-GL", "官林社区", "官林镇"},
        {"YXC-ZZ", "张渚社区", "张渚镇"},
    };
    /** code, name, unit code of the work-unit branches. */
    static final String[][] WORK_UNIT_BRANCHES = {
        {"DZB-YX-JG", "宜兴市供电公司机关党支部", "YX"},
        {"DZB-YX-YC", "宜城供电所党支部", "YX-YC"},
        {"DZB-YX-DS", "丁蜀供电所党支部", "YX-DS"},
        {"DZB-YX-HQ", "和桥供电所党支部", "YX-HQ"},
        {"DZB-YX-GL", "官林供电所党支部", "YX-GL"},
        {"DZB-YX-ZZ", "张渚供电所党支部", "YX-ZZ"},
    };
    /** The demo work-unit secretary's branch and the demo community secretary's community. */
    static final String SECRETARY_BRANCH = "DZB-YX-YC";
    static final String SECRETARY_COMMUNITY = "YXC-DH";
    private static final String[] GRIDS = {"第一网格", "第二网格", "第三网格"};
    private static final String[] SERVICES = {
        "老旧小区“飞线”隐患排查", "“飞线”整治入户宣传", "安全用电入户宣讲", "独居老人家中用电检查",
        "电动自行车集中充电桩使用指导", "社区环境整治", "文明实践政策宣讲", "助老助残上门服务",
        "网格走访收集民情", "社区夏季纳凉晚会保电",
    };
    private static final String[] SPECIALTIES = {"电工", "安全用电宣讲", "摄影", "文艺", "法律咨询", "心理疏导", "辅导功课"};
    private static final String[] PREFERENCES = {"周末", "工作日晚上", "节假日", "不限"};

    private final SampleData sample;
    private final Random random;
    private final String recordedBy;

    PartySampleData(SampleData sample, Random random, String recordedBy) {
        this.sample = sample;
        this.random = random;
        this.recordedBy = recordedBy;
    }

    /** What the pilot made, for the appraisal part and the audit summary. */
    record Pilot(Map<String, Branch> workUnitBranches, Map<Long, Branch> communityBranchOf,
                 List<Member> members) {
    }

    /** A member of the pilot with the grids they reported to (empty if they never did). */
    record Member(long id, String branchCode, LocalDate joinedOn, List<Enrolment> enrolments) {
        /** The last enrolment active at some time in {@code year}, if any. */
        java.util.Optional<Enrolment> enrolledIn(int year) {
            return enrolments.stream().filter(e -> e.reportedOn().getYear() <= year
                    && (e.endedOn() == null || e.endedOn().getYear() >= year)).reduce((a, b) -> b);
        }
    }

    Pilot load(DSLContext dsl, Map<String, Unit> units, List<SampleData.Placed> people, Map<String, Account> accounts,
               LocalDate today) {
        CommunityStore communities = new CommunityStore(dsl);
        BranchStore branches = new BranchStore(dsl);
        Map<String, Community> communityByCode = new LinkedHashMap<>();
        Map<Long, List<Grid>> gridsOf = new HashMap<>();
        Map<Long, Branch> communityBranchOf = new HashMap<>();
        Account communitySecretary = accounts.get(SampleData.COMMUNITY_SECRETARY);
        for (String[] c : COMMUNITIES) {
            Community community = communities.insert(new Community(null, c[0], c[1], c[2], null));
            communityByCode.put(c[0], community);
            List<Grid> grids = new ArrayList<>();
            for (String g : GRIDS) {
                grids.add(communities.insertGrid(new Grid(null, community.id(), g, sample.name(), sample.mobile(), null)));
            }
            gridsOf.put(community.id(), grids);
            Long account = c[0].equals(SECRETARY_COMMUNITY) && communitySecretary != null ? communitySecretary.id() : null;
            communityBranchOf.put(community.id(), branches.insert(new Branch(null, c[0] + "-DZB",
                    c[2] + c[1] + "党支部", BranchKind.COMMUNITY, null, community.id(), sample.name(), account, null)));
        }
        Map<String, Branch> workUnitBranches = new LinkedHashMap<>();
        Map<String, Branch> branchOfUnit = new HashMap<>();
        Account secretary = accounts.get(SampleData.WORK_UNIT_SECRETARY);
        for (String[] b : WORK_UNIT_BRANCHES) {
            Long account = b[0].equals(SECRETARY_BRANCH) && secretary != null ? secretary.id() : null;
            Branch branch = branches.insert(new Branch(null, b[0], b[1], BranchKind.WORK_UNIT, units.get(b[2]).id(),
                    null, sample.name(), account, null));
            workUnitBranches.put(b[0], branch);
            branchOfUnit.put(b[2], branch);
        }

        List<SampleData.Placed> pilot = people.stream()
                .filter(p -> p.status().isPartyMember() && branchOfUnit.containsKey(p.unitCode())).toList();
        List<PartyMember> members = new ArrayList<>(pilot.size());
        for (SampleData.Placed p : pilot) {
            LocalDate adult = p.birthDate().plusYears(20);
            LocalDate earliest = adult.isAfter(LocalDate.of(2000, 1, 1)) ? adult : LocalDate.of(2000, 1, 1);
            boolean full = p.status() == org.dianmifeng.console.unit.PoliticalStatus.PARTY_MEMBER;
            LocalDate joined = full ? sample.dateBetween(earliest, today.minusYears(2))
                    : sample.dateBetween(today.minusMonths(11), today.minusMonths(1));
            members.add(new PartyMember(null, p.person().id(), branchOfUnit.get(p.unitCode()).id(), joined,
                    full ? joined.plusYears(1) : null, null));
        }
        List<Long> memberIds = new MemberStore(dsl).insertBatch(members);

        List<Community> communityList = List.copyOf(communityByCode.values());
        List<Enrolment> enrolments = new ArrayList<>();
        List<Member> made = new ArrayList<>();
        for (int i = 0; i < pilot.size(); i++) {
            long memberId = memberIds.get(i);
            String branchCode = branchOfUnit.get(pilot.get(i).unitCode()).code();
            List<Enrolment> own = new ArrayList<>();
            int chance = random.nextInt(100);
            if (chance >= 5) {
                LocalDate joined = members.get(i).joinedOn();
                LocalDate from = joined.isAfter(LocalDate.of(2022, 3, 1)) ? joined.plusDays(7) : LocalDate.of(2022, 3, 1);
                LocalDate yearStart = LocalDate.of(today.getYear(), 1, 31);
                LocalDate reported = sample.dateBetween(from, from.isBefore(yearStart) ? yearStart : today.minusDays(7));
                if (chance < 15 && reported.plusMonths(2).isBefore(today.minusMonths(2))) {
                    LocalDate moved = sample.dateBetween(reported.plusMonths(2), today.minusMonths(2));
                    own.add(enrolment(memberId, communityList, gridsOf, reported, moved));
                    own.add(enrolment(memberId, communityList, gridsOf, moved, null));
                } else {
                    own.add(enrolment(memberId, communityList, gridsOf, reported, null));
                }
            }
            enrolments.addAll(own);
            made.add(new Member(memberId, branchCode, members.get(i).joinedOn(), own));
        }
        new MemberStore(dsl).insertEnrolments(enrolments);
        Map<Long, Long> communityOfGrid = new HashMap<>();
        gridsOf.forEach((community, grids) -> grids.forEach(g -> communityOfGrid.put(g.id(), community)));
        communityWork(dsl, made, communityOfGrid, communityBranchOf, today);
        Pilot result = new Pilot(workUnitBranches, communityBranchOf, made);
        appraisals(dsl, result, communityOfGrid, today);
        return result;
    }

    private Enrolment enrolment(long memberId, List<Community> communities, Map<Long, List<Grid>> gridsOf,
                                LocalDate reported, LocalDate ended) {
        Community c = communities.get(random.nextInt(communities.size()));
        List<Grid> grids = gridsOf.get(c.id());
        int r = random.nextInt(100);
        GridRole role = r < 10 ? GridRole.GRID_WORKER : r < 30 ? GridRole.BUILDING_LEADER
                : r < 95 ? GridRole.VOLUNTEER : GridRole.OTHER;
        return new Enrolment(null, memberId, grids.get(random.nextInt(grids.size())).id(), reported, role,
                SPECIALTIES[random.nextInt(SPECIALTIES.length)], PREFERENCES[random.nextInt(PREFERENCES.length)],
                ended, null);
    }

    /** A year of services, the last four quarters of cards and a few bonus and deduction points. */
    private void communityWork(DSLContext dsl, List<Member> members, Map<Long, Long> communityOfGrid,
                               Map<Long, Branch> communityBranchOf, LocalDate today) {
        List<ServiceRecord> services = new ArrayList<>();
        List<Feedback> cards = new ArrayList<>();
        List<PointEntry> points = new ArrayList<>();
        LocalDate yearAgo = today.minusYears(1);
        for (Member m : members) {
            List<ServiceRecord> own = new ArrayList<>();
            for (Enrolment e : m.enrolments()) {
                LocalDate from = e.reportedOn().isAfter(yearAgo) ? e.reportedOn() : yearAgo;
                LocalDate to = e.endedOn() == null ? today : e.endedOn();
                if (to.isBefore(from)) {
                    continue;
                }
                int count = 2 + random.nextInt(8);
                for (int k = 0; k < count; k++) {
                    own.add(new ServiceRecord(null, m.id(), communityOfGrid.get(e.gridId()), sample.dateBetween(from, to),
                            SERVICES[random.nextInt(SERVICES.length)],
                            BigDecimal.valueOf(2 + random.nextInt(7)).divide(BigDecimal.valueOf(2)), recordedBy, null));
                }
            }
            services.addAll(own);
            LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            for (int q = 1; q <= 4; q++) {
                LocalDate start = quarterStart.minusMonths(3L * q);
                LocalDate end = start.plusMonths(3).minusDays(1);
                m.enrolments().stream()
                        .filter(e -> !e.reportedOn().isAfter(end) && (e.endedOn() == null || !e.endedOn().isBefore(start)))
                        .reduce((a, b) -> b)
                        .ifPresent(e -> {
                            List<ServiceRecord> inQuarter = own.stream()
                                    .filter(s -> !s.servedOn().isBefore(start) && !s.servedOn().isAfter(end)).toList();
                            BigDecimal hours = inQuarter.stream().map(ServiceRecord::hours)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                            int r = random.nextInt(100);
                            Rating rating = inQuarter.isEmpty() ? (r < 50 ? Rating.AVERAGE : Rating.POOR)
                                    : r < 60 ? Rating.GOOD : r < 92 ? Rating.FAIRLY_GOOD : Rating.AVERAGE;
                            cards.add(new Feedback(null, m.id(),
                                    communityBranchOf.get(communityOfGrid.get(e.gridId())).id(), start.getYear(),
                                    (start.getMonthValue() - 1) / 3 + 1, 1 + random.nextInt(3), inQuarter.size(), hours,
                                    rating, null, recordedBy, null));
                        });
            }
            int p = random.nextInt(100);
            if (p < 10 && !m.enrolments().isEmpty()) {
                points.add(new PointEntry(null, m.id(), sample.dateBetween(yearAgo, today), BigDecimal.valueOf(5),
                        "“飞线”整治专项行动表现突出", recordedBy, null));
            } else if (p < 13 && !m.enrolments().isEmpty()) {
                points.add(new PointEntry(null, m.id(), sample.dateBetween(yearAgo, today), BigDecimal.valueOf(-2),
                        "无故缺席网格活动", recordedBy, null));
            }
        }
        CommunityWorkStore store = new CommunityWorkStore(dsl);
        store.insertServices(services);
        store.insertFeedbacks(cards);
        store.insertPointEntries(points);
    }

    /** How far this year's appraisal of a branch has gone in the sample. */
    private enum Stage { NOT_STARTED, DRAFT, EVALUATED, PROPOSED, MOSTLY_CONFIRMED, CONFIRMED }

    /** This year's stage per work-unit branch; last year every branch is confirmed. */
    private static final Map<String, Stage> THIS_YEAR = Map.of(
            "DZB-YX-JG", Stage.EVALUATED,
            SECRETARY_BRANCH, Stage.PROPOSED,
            "DZB-YX-DS", Stage.MOSTLY_CONFIRMED,
            "DZB-YX-HQ", Stage.DRAFT,
            "DZB-YX-GL", Stage.PROPOSED,
            "DZB-YX-ZZ", Stage.NOT_STARTED);
    private static final String[] SELF_REVIEWS = {
        "本年度按时参加组织生活，到社区报到后参与“飞线”整治和安全用电宣传，今后要在联系群众上多下功夫。",
        "认真学习党的理论，完成岗位工作；在社区网格中参加志愿服务，发挥专业特长不够充分。",
        "积极参加社区志愿服务和入户走访，带头完成保电任务；理论学习的系统性还需加强。",
        "坚持岗位与社区两头服务，参加“电蜜蜂”志愿活动，群众反映较好；工作方法有待改进。",
    };

    /** Last year's appraisal, confirmed; this year's at the stage of each branch. */
    private void appraisals(DSLContext dsl, Pilot pilot, Map<Long, Long> communityOfGrid, LocalDate today) {
        AppraisalRules rules = AppraisalRules.defaults();
        LocalDateTime confirmedAt = LocalDateTime.of(today.getYear(), 1, 20, 10, 0);
        List<Appraisal> out = new ArrayList<>();
        int thisYear = today.getYear();
        for (Map.Entry<String, Branch> b : pilot.workUnitBranches().entrySet()) {
            out.addAll(branchYear(pilot, b.getValue(), thisYear - 1, Stage.CONFIRMED, communityOfGrid, rules, confirmedAt));
            out.addAll(branchYear(pilot, b.getValue(), thisYear, THIS_YEAR.get(b.getKey()), communityOfGrid, rules,
                    LocalDateTime.of(today, java.time.LocalTime.of(9, 30))));
        }
        new AppraisalStore(dsl).insertAll(out);
    }

    private List<Appraisal> branchYear(Pilot pilot, Branch branch, int year, Stage stage, Map<Long, Long> communityOfGrid,
                                       AppraisalRules rules, LocalDateTime confirmedAt) {
        if (stage == Stage.NOT_STARTED) {
            return List.of();
        }
        List<Member> members = pilot.members().stream()
                .filter(m -> m.branchCode().equals(branch.code()) && m.joinedOn().getYear() <= year).toList();
        List<Appraisal> drafts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Appraisal a = Appraisal.draft(m.id(), branch.id(), year).withSelfReview(SELF_REVIEWS[random.nextInt(SELF_REVIEWS.length)]);
            if (stage == Stage.DRAFT && i % 2 == 1) {
                drafts.add(a);
                continue;
            }
            a = a.withUnit(score(), "岗位工作完成较好", recordedBy);
            if (stage == Stage.DRAFT) {
                drafts.add(a);
                continue;
            }
            java.util.Optional<Enrolment> enrolled = m.enrolledIn(year);
            BigDecimal combined;
            if (enrolled.isPresent()) {
                long communityBranch = pilot.communityBranchOf().get(communityOfGrid.get(enrolled.get().gridId())).id();
                a = a.withCommunity(communityBranch, score(), "参加网格服务积极", recordedBy);
                combined = GradeProposer.combined(rules, a.unitScore(), a.communityScore());
            } else {
                combined = GradeProposer.unitOnly(a.unitScore());
            }
            drafts.add(a.withResult(combined, GradeProposer.scoreGrade(rules, combined), null, null,
                    AppraisalStatus.EVALUATED));
        }
        if (stage == Stage.DRAFT || stage == Stage.EVALUATED) {
            return drafts;
        }
        List<GradeProposer.Entry> entries = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            entries.add(new GradeProposer.Entry(i, drafts.get(i).status(), drafts.get(i).combinedScore(),
                    members.get(i).enrolledIn(year).isPresent(), null));
        }
        List<Appraisal> out = new ArrayList<>();
        int returned = 0;
        for (GradeProposer.Proposal p : GradeProposer.propose(rules, entries)) {
            Appraisal a = drafts.get((int) p.id()).withResult(drafts.get((int) p.id()).combinedScore(), p.scoreGrade(),
                    p.proposed(), p.ruleNotes(), AppraisalStatus.PROPOSED);
            boolean confirm = stage == Stage.CONFIRMED || stage == Stage.MOSTLY_CONFIRMED;
            if (stage == Stage.MOSTLY_CONFIRMED && returned < 2 && p.proposed() != Grade.EXCELLENT) {
                a = a.withReturned("请补充本年度社区服务情况后重新评价");
                returned++;
            } else if (confirm) {
                if (p.proposed() == Grade.UNQUALIFIED) {
                    a = a.withReason("全年无故不参加组织生活和社区服务，经支部委员会研究评定");
                }
                a = a.withConfirmed(p.proposed(), recordedBy, confirmedAt);
            }
            out.add(a);
        }
        return out;
    }

    /** A score out of 100 with at most one decimal: mostly 70 to 98, now and then below 60. */
    private BigDecimal score() {
        int tenths = random.nextInt(100) < 3 ? 450 + random.nextInt(140) : 700 + random.nextInt(281);
        return BigDecimal.valueOf(tenths, 1);
    }
}
