package org.dianmifeng.console.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountStore;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Keyring;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.dianmifeng.console.unit.UnitStore;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamStore;
import org.jooq.DSLContext;

/**
 * The sample data of the brief, made from a fixed seed so that every run makes the same data:
 * the seven units of "2县+4区域" with their supply stations, the 19 service teams, and any number
 * of plainly fictitious people (valid synthetic ID numbers, about 35% party members, most of them at the 宜兴 pilot), their
 * team memberships, and for a demo database an account for each role. It all goes in one
 * transaction: a cancelled or failed load leaves the database as it was.
 */
public final class SampleData {
    public static final long DEFAULT_SEED = 20_220_401L;
    public static final String DEMO_PASSWORD = "BeeDemo-2026";
    public static final int DEFAULT_PEOPLE = 2000;
    /** The demo accounts: username, display name, role. */
    static final String[][] DEMO_ACCOUNTS = {
        {"admin", "演示管理员", "ADMINISTRATOR"},
        {"office", "演示办公室", "OFFICE_STAFF"},
        {"secretary", "演示支部书记", "PARTY_SECRETARY"},
        {"community", "演示社区书记", "PARTY_SECRETARY"},
        {"officer", "演示帮扶专员", "CASE_OFFICER"},
        {"viewer", "演示查看者", "VIEWER"},
        {"leader", "演示服务队队长", "TEAM_LEADER"},
    };
    /** The demo secretary of a work-unit branch and of a community branch of the 宜兴 pilot. */
    static final String WORK_UNIT_SECRETARY = "secretary";
    static final String COMMUNITY_SECRETARY = "community";
    private static final int CHUNK = 5_000;
    /** The 宜兴 pilot of dual management: a quarter of the people work there (its units and a little more), most of them party members. */
    static final String PILOT = "YX";
    private static final int PILOT_SHARE = 5;
    private static final int PILOT_PARTY_SHARE = 58;
    private static final int PARTY_SHARE = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    /** code, name, kind, parent code, region code of the ID numbers of people there. */
    private static final String[][] UNITS = {
        {"WX", "无锡供电公司", "CITY", null, "320213"},
        {"WX-DJ", "党委党建部", "DEPARTMENT", "WX", "320213"},
        {"WX-BGS", "办公室", "DEPARTMENT", "WX", "320213"},
        {"JY", "江阴市供电公司", "COUNTY", "WX", "320281"},
        {"JY-CJ", "澄江供电所", "STATION", "JY", "320281"},
        {"JY-HS", "华士供电所", "STATION", "JY", "320281"},
        {"JY-ZZ", "周庄供电所", "STATION", "JY", "320281"},
        {"JY-QY", "青阳供电所", "STATION", "JY", "320281"},
        {"JY-XXK", "徐霞客供电所", "STATION", "JY", "320281"},
        {"YX", "宜兴市供电公司", "COUNTY", "WX", "320282"},
        {"YX-YC", "宜城供电所", "STATION", "YX", "320282"},
        {"YX-DS", "丁蜀供电所", "STATION", "YX", "320282"},
        {"YX-HQ", "和桥供电所", "STATION", "YX", "320282"},
        {"YX-GL", "官林供电所", "STATION", "YX", "320282"},
        {"YX-ZZ", "张渚供电所", "STATION", "YX", "320282"},
        {"CQ", "城区供电服务中心", "CENTRE", "WX", "320213"},
        {"CQ-CA", "崇安供电所", "STATION", "CQ", "320213"},
        {"CQ-NC", "南长供电所", "STATION", "CQ", "320213"},
        {"XW", "新吴供电服务中心", "CENTRE", "WX", "320214"},
        {"XW-MC", "梅村供电所", "STATION", "XW", "320214"},
        {"XW-SF", "硕放供电所", "STATION", "XW", "320214"},
        {"XS", "锡山供电服务中心", "CENTRE", "WX", "320205"},
        {"XS-DG", "东港供电所", "STATION", "XS", "320205"},
        {"XS-AZ", "安镇供电所", "STATION", "XS", "320205"},
        {"HS", "惠山供电服务中心", "CENTRE", "WX", "320206"},
        {"HS-LS", "洛社供电所", "STATION", "HS", "320206"},
        {"HS-YS", "阳山供电所", "STATION", "HS", "320206"},
    };

    /** name, kind, unit code, brand, founded year. */
    static final String[][] TEAMS = {
        {"国家电网江苏电力（江阴澄心澄意）共产党员服务队", "PARTY_MEMBER", "JY", "澄心澄意", "2012"},
        {"国家电网江苏电力（宜兴蜜蜂行动）共产党员服务队", "PARTY_MEMBER", "YX", "蜜蜂行动", "2013"},
        {"国网无锡供电公司共产党员服务队", "PARTY_MEMBER", "WX", "电暖流", "2011"},
        {"城区供电服务中心共产党员服务队", "PARTY_MEMBER", "CQ", null, "2015"},
        {"新吴供电服务中心共产党员服务队", "PARTY_MEMBER", "XW", null, "2016"},
        {"锡山供电服务中心共产党员服务队", "PARTY_MEMBER", "XS", null, "2016"},
        {"惠山供电服务中心共产党员服务队", "PARTY_MEMBER", "HS", null, "2016"},
        {"国网无锡供电公司“电蜜蜂”青年志愿服务队", "YOUTH", "WX", "电蜜蜂", "2014"},
        {"江阴市供电公司青年志愿服务队", "YOUTH", "JY", null, "2015"},
        {"宜兴市供电公司“蜜蜂行动”青年志愿服务队", "YOUTH", "YX", "蜜蜂行动", "2015"},
        {"城区供电服务中心青年志愿服务队", "YOUTH", "CQ", null, "2017"},
        {"新吴供电服务中心青年志愿服务队", "YOUTH", "XW", null, "2017"},
        {"锡山供电服务中心青年志愿服务队", "YOUTH", "XS", null, "2018"},
        {"惠山供电服务中心青年志愿服务队", "YOUTH", "HS", null, "2018"},
        {"国网无锡供电公司职工志愿服务队", "STAFF", "WX", null, "2013"},
        {"江阴市供电公司职工志愿服务队", "STAFF", "JY", null, "2016"},
        {"宜兴市供电公司职工志愿服务队", "STAFF", "YX", null, "2016"},
        {"“电暖流”文明实践宣讲队", "OTHER", "WX-DJ", "电暖流", "2019"},
        {"华士“梦想小屋”帮扶小分队", "OTHER", "JY-HS", "梦想小屋", "2022"},
    };

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国志文斌宇浩凯晨欣怡佳琪思雨梓涵子轩";
    private static final String[] SKILLS = {"电工", "安全用电宣讲", "急救", "摄影", "文艺演出", "心理疏导", "辅导功课", "驾驶", "计算机", "英语"};

    private final Services services;
    private final Random random;
    private final Session system = Session.system();

    public SampleData(Services services, long seed) {
        this.services = services;
        this.random = new Random(seed);
    }

    /**
     * Loads everything into an empty database in one transaction, reporting progress and stopping
     * (with nothing saved) when progress says cancelled.
     */
    public void load(int people, boolean demoAccounts, Progress progress) {
        LocalDate today = LocalDate.now(services.clock());
        long steps = people + 100L;
        services.database().transaction(dsl -> {
            if (!new UnitStore(dsl).all().isEmpty()) {
                throw new ConsoleException("error.sample.notEmpty");
            }
            Map<String, Unit> units = units(dsl);
            progress.update(10, steps);
            List<Placed> saved = people(dsl, units, people, today, progress, steps);
            progress.checkCancelled();
            teams(dsl, units, saved, today);
            Map<String, Account> accounts = demoAccounts ? accounts(dsl) : Map.of();
            PartySampleData.Pilot pilot = new PartySampleData(this, random, system.username())
                    .load(dsl, units, saved, accounts, today);
            progress.checkCancelled();
            int cases = new CaseSampleData(this, random, system.username()).load(dsl, units, saved, accounts, today);
            int honours = new HonourSampleData(random).load(dsl, units, saved, today);
            int sites = new SiteSampleData().load(dsl, units, saved, today);
            ActivitySampleData.Loaded work = new ActivitySampleData(random, system.username()).load(dsl, units, people, today, progress);
            new StarSampleData().load(dsl, today, system.username());
            services.audit().record(dsl, system, AuditAction.CREATE, "SAMPLE_DATA", null, "", null,
                    () -> Auditable.fields("units", units.size(), "people", people, "teams", TEAMS.length,
                            "partyMembers", pilot.members().size(), "aidCases", cases, "honours", honours, "sites", sites,
                            "activities", work.activities(), "serviceHours", work.hours()));
            progress.update(steps, steps);
            return null;
        });
        if (demoAccounts) {
            // each demo account's key slot, so that its password opens the encrypted database
            Keyring keyring = services.database().keyring();
            for (String[] a : DEMO_ACCOUNTS) {
                keyring.replace(a[0], DEMO_PASSWORD.toCharArray(), Passwords.ITERATIONS);
            }
            keyring.markDemo();
        }
    }

    private Map<String, Unit> units(DSLContext dsl) {
        UnitStore store = new UnitStore(dsl);
        Map<String, Unit> byCode = new LinkedHashMap<>();
        int order = 0;
        for (String[] u : UNITS) {
            Unit parent = u[3] == null ? null : byCode.get(u[3]);
            byCode.put(u[0], store.insert(new Unit(null, u[0], u[1], UnitKind.valueOf(u[2]),
                    parent == null ? null : parent.id(), true, order++, null)));
        }
        return byCode;
    }

    /** A saved person, the code of the unit they belong to, their political status and birth date. */
    record Placed(PersonRef person, String unitCode, PoliticalStatus status, LocalDate birthDate) {
    }

    private List<Placed> people(DSLContext dsl, Map<String, Unit> units, int count, LocalDate today,
                                Progress progress, long steps) {
        PersonStore store = new PersonStore(dsl);
        List<String[]> unitRows = List.of(UNITS);
        List<String[]> pilotRows = unitRows.stream().filter(u -> u[0].startsWith(PILOT)).toList();
        Set<String> takenIds = new HashSet<>(count * 2);
        List<Placed> placed = new ArrayList<>(count);
        List<Person> chunk = new ArrayList<>(CHUNK);
        List<String> chunkUnits = new ArrayList<>(CHUNK);
        for (int i = 0; i < count; i++) {
            String[] u = random.nextInt(100) < PILOT_SHARE ? pilotRows.get(random.nextInt(pilotRows.size()))
                    : unitRows.get(random.nextInt(unitRows.size()));
            int partyShare = u[0].startsWith(PILOT) ? PILOT_PARTY_SHARE : PARTY_SHARE;
            Gender gender = random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE;
            LocalDate birth = dateBetween(LocalDate.of(1964, 1, 1), today.minusYears(20));
            boolean staff = random.nextInt(100) < 80;
            boolean volunteer = random.nextInt(100) < 75;
            int p = random.nextInt(100);
            PoliticalStatus status = p < partyShare - 3 ? PoliticalStatus.PARTY_MEMBER
                    : p < partyShare ? PoliticalStatus.PROBATIONARY_MEMBER
                    : p < partyShare + 16 ? PoliticalStatus.LEAGUE_MEMBER : PoliticalStatus.MASSES;
            chunk.add(new Person(null, name(), gender, birth, idNumber(u[4], birth, gender, takenIds), mobile(),
                    units.get(u[0]).id(), staff ? String.format("E%06d", 100_000 + i) : null, status,
                    volunteer ? String.format("V%d%06d", 2020 + random.nextInt(today.getYear() - 2019), i) : null,
                    skills(), i % 50 == 0 ? "示例数据（虚构人员）" : null, null));
            chunkUnits.add(u[0]);
            if (chunk.size() == CHUNK || i == count - 1) {
                List<Long> ids = store.insertBatch(chunk);
                for (int k = 0; k < chunk.size(); k++) {
                    Person saved = chunk.get(k);
                    Unit unit = units.get(chunkUnits.get(k));
                    placed.add(new Placed(new PersonRef(ids.get(k), saved.name(), unit.name(), saved.employeeNo(),
                            saved.volunteerNo()), unit.code(), saved.politicalStatus(), saved.birthDate()));
                }
                chunk.clear();
                chunkUnits.clear();
                progress.update(10 + i + 1, steps);
                progress.checkCancelled();
            }
        }
        return placed;
    }

    /** The 19 teams; each takes its captain and members from the people of its own county or district. */
    private void teams(DSLContext dsl, Map<String, Unit> units, List<Placed> people, LocalDate today) {
        TeamStore store = new TeamStore(dsl);
        Map<String, String> topOf = new HashMap<>();
        for (String[] u : UNITS) {
            topOf.put(u[0], u[3] == null || "WX".equals(u[3]) && !"DEPARTMENT".equals(u[2]) ? u[0] : topOf.get(u[3]));
        }
        Map<String, List<PersonRef>> byTop = new HashMap<>();
        for (Placed p : people) {
            byTop.computeIfAbsent(topOf.get(p.unitCode()), k -> new ArrayList<>()).add(p.person());
        }
        List<TeamMember> members = new ArrayList<>();
        for (String[] t : TEAMS) {
            LocalDate founded = LocalDate.of(Integer.parseInt(t[4]), 3 + random.nextInt(8), 1 + random.nextInt(28));
            List<PersonRef> pool = byTop.getOrDefault(topOf.get(t[2]), List.of()).stream()
                    .filter(p -> p.volunteerNo() != null).toList();
            List<PersonRef> chosen = new ArrayList<>();
            int size = Math.min(pool.size(), 12 + random.nextInt(40));
            Set<Long> seen = new HashSet<>();
            while (chosen.size() < size) {
                PersonRef p = pool.get(random.nextInt(pool.size()));
                if (seen.add(p.id())) {
                    chosen.add(p);
                }
            }
            Long leader = chosen.isEmpty() ? null : chosen.get(0).id();
            Team team = store.insert(new Team(null, t[0], TeamKind.valueOf(t[1]), units.get(t[2]).id(), leader,
                    founded, t[3], null, true, null));
            LocalDate earliest = founded.isAfter(FIRST_DAY) ? founded : FIRST_DAY;
            for (int i = 0; i < chosen.size(); i++) {
                TeamMemberRole role = i == 0 ? TeamMemberRole.CAPTAIN : i <= 2 ? TeamMemberRole.DEPUTY : TeamMemberRole.MEMBER;
                members.add(new TeamMember(null, team.id(), chosen.get(i), dateBetween(earliest, today), role, null));
            }
        }
        store.insertMembers(members);
    }

    /**
     * What the sign-in screen of the demo database says: every demo account with its role, as the accounts list
     * names roles, and the password.
     */
    static String demoHint(Messages m) {
        String separator = m.text("summary.listSeparator");
        return m.text("login.demoHint", java.util.Arrays.stream(DEMO_ACCOUNTS)
                .map(a -> m.text("login.demoAccount", a[0], m.label(Role.valueOf(a[2]))))
                .collect(java.util.stream.Collectors.joining(separator)), DEMO_PASSWORD);
    }

    /** The demo accounts by username; the team leader leads the 宜兴 "蜜蜂行动" team of the article. */
    private Map<String, Account> accounts(DSLContext dsl) {
        AccountStore store = new AccountStore(dsl);
        Long leaderTeam = new TeamStore(dsl).byName(HonourSampleData.YIXING_TEAM).orElseThrow().id();
        Map<String, Account> made = new HashMap<>();
        for (String[] a : DEMO_ACCOUNTS) {
            Role role = Role.valueOf(a[2]);
            made.put(a[0], store.insert(new Account(null, a[0], a[1], role, role == Role.TEAM_LEADER ? leaderTeam : null,
                    0, null, true,
                    LocalDateTime.now(services.clock()), null), Passwords.hash(DEMO_PASSWORD.toCharArray())));
        }
        return made;
    }

    /** A synthetic but valid resident ID number, unique among {@code taken}. */
    String idNumber(String region, LocalDate birth, Gender gender, Set<String> taken) {
        while (true) {
            int seq = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String id = ResidentId.withCheckDigit(region + birth.toString().replace("-", "") + String.format("%03d", seq));
            if (taken.add(id)) {
                return id;
            }
        }
    }

    String name() {
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * days));
    }

    String mobile() {
        String[] prefixes = {"139", "138", "137", "136", "135", "188", "187", "158", "159", "150", "151", "152", "180", "181", "133", "153", "177"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    String skills() {
        Set<String> chosen = new HashSet<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            chosen.add(SKILLS[random.nextInt(SKILLS.length)]);
        }
        return chosen.isEmpty() ? null : String.join("、", chosen);
    }
}
