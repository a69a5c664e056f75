package org.dianmifeng.console.summary;

import org.dianmifeng.console.testing.TestKeys;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.ResidentId;

/**
 * The large database of the summary benchmark, made fast with plain JDBC batches and from a fixed seed
 * (the same data every time): 31 units (a city company, six county companies and service centres, four
 * supply stations under each), a work-unit party branch per unit, 50 communities with 4 grids and a
 * community branch each, {@link #PEOPLE} fictitious people with valid synthetic resident ID numbers, of
 * whom {@link #MEMBERS} are party members enrolled in a grid before {@link #YEAR}, and
 * {@link #SERVICES} community service records in {@link #YEAR} (33 or 34 per member, each in the
 * community of the member's grid), the year's appraisals confirmed, a few teams and honours.
 */
final class LargeSummaryData {
    static final int YEAR = 2025;
    static final int PEOPLE = 100_000;
    static final int MEMBERS = 30_000;
    static final int SERVICES = 1_000_000;
    private static final int COMMUNITIES = 50;
    private static final int GRIDS_PER_COMMUNITY = 4;
    private static final int CHUNK = 5_000;
    private static final long SEED = 20_250_101L;
    private static final String[] TOP = {"JY", "YX", "CQ", "XW", "XS", "HS"};
    private static final String[] TOP_NAMES = {"江阴市供电公司", "宜兴市供电公司", "城区供电服务中心", "新吴供电服务中心",
        "锡山供电服务中心", "惠山供电服务中心"};
    private static final String[] REGIONS = {"320281", "320282", "320213", "320214", "320205", "320206"};
    private static final String[] CONTENTS = {"社区安全用电宣讲", "独居老人家中线路检查", "协助网格员入户走访", "社区环境整治",
        "为居民义务维修家用电器", "疫苗接种点秩序维护", "关爱留守儿童", "垃圾分类宣传", "节能知识进社区", "防汛值守"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国志文斌宇浩凯晨欣怡佳琪思雨梓涵子轩";

    private LargeSummaryData() {
    }

    /**
     * The data folder {@code dir} holding the large database, made now unless a previous run left it
     * complete there (a marker file says so); an incomplete one is removed and made again.
     */
    static Path ensure(Path dir) throws Exception {
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return dir;
        }
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        try (Database db = TestKeys.open(dir)) {
            // autocommit per batch: an interrupted run leaves no marker and is made again
            db.read(dsl -> {
                dsl.connection(LargeSummaryData::fill);
                return null;
            });
        }
        Files.writeString(done, "people=" + PEOPLE + " members=" + MEMBERS + " services=" + SERVICES + " year=" + YEAR);
        return dir;
    }

    private static void fill(Connection c) throws SQLException {
        Random random = new Random(SEED);
        long unitId = 0;
        List<Long> units = new ArrayList<>();
        List<Integer> regionOfUnit = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO UNIT (ID, CODE, NAME, KIND, PARENT_ID, ACTIVE, SORT_ORDER) VALUES (?, ?, ?, ?, ?, TRUE, ?)")) {
            unit(ps, ++unitId, "WX", "无锡供电公司", "CITY", null, 0);
            units.add(unitId);
            regionOfUnit.add(2);
            for (int t = 0; t < TOP.length; t++) {
                long top = ++unitId;
                unit(ps, top, TOP[t], TOP_NAMES[t], t < 2 ? "COUNTY" : "CENTRE", 1L, t + 1);
                units.add(top);
                regionOfUnit.add(t);
                for (int s = 1; s <= 4; s++) {
                    unit(ps, ++unitId, TOP[t] + "-S" + s, TOP_NAMES[t].substring(0, 2) + "第" + s + "供电所", "STATION", top, s);
                    units.add(unitId);
                    regionOfUnit.add(t);
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO BRANCH (ID, CODE, NAME, KIND, UNIT_ID, COMMUNITY_ID) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int u = 0; u < units.size(); u++) {
                ps.setLong(1, u + 1);
                ps.setString(2, "DZB-" + (u + 1));
                ps.setString(3, "第" + (u + 1) + "党支部");
                ps.setString(4, "WORK_UNIT");
                ps.setLong(5, units.get(u));
                ps.setNull(6, java.sql.Types.BIGINT);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement community = c.prepareStatement(
                "INSERT INTO COMMUNITY (ID, CODE, NAME, STREET) VALUES (?, ?, ?, ?)");
             PreparedStatement grid = c.prepareStatement(
                     "INSERT INTO GRID (ID, COMMUNITY_ID, NAME, LEADER_NAME) VALUES (?, ?, ?, ?)");
             PreparedStatement branch = c.prepareStatement(
                     "INSERT INTO BRANCH (ID, CODE, NAME, KIND, UNIT_ID, COMMUNITY_ID) VALUES (?, ?, ?, 'COMMUNITY', NULL, ?)")) {
            for (int k = 1; k <= COMMUNITIES; k++) {
                community.setLong(1, k);
                community.setString(2, "SQ-" + k);
                community.setString(3, "第" + k + "社区");
                community.setString(4, "第" + ((k - 1) / 5 + 1) + "街道");
                community.addBatch();
                branch.setLong(1, 1000 + k);
                branch.setString(2, "SQZB-" + k);
                branch.setString(3, "第" + k + "社区党支部");
                branch.setLong(4, k);
                branch.addBatch();
                for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
                    grid.setLong(1, (k - 1) * GRIDS_PER_COMMUNITY + g);
                    grid.setLong(2, k);
                    grid.setString(3, "第" + g + "网格");
                    grid.setString(4, name(random));
                    grid.addBatch();
                }
            }
            community.executeBatch();
            grid.executeBatch();
            branch.executeBatch();
        }

        // people: member i (i < MEMBERS when i % 10 < 3, in person order) is a party member
        int[] unitOfPerson = new int[PEOPLE];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSON (ID, NAME, GENDER, BIRTH_DATE, ID_NUMBER, "
                + "MOBILE, UNIT_ID, EMPLOYEE_NO, POLITICAL_STATUS, VOLUNTEER_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < PEOPLE; i++) {
                int u = random.nextInt(units.size());
                unitOfPerson[i] = u;
                // birth 1960-1999, month, day 1-28, sequence 000-999: unique for i < 400,000
                int year = 1960 + i % 40;
                int month = i / 40 % 12 + 1;
                int day = i / 480 % 28 + 1;
                int seq = i / 13_440;
                String id = ResidentId.withCheckDigit(String.format("%s%04d%02d%02d%03d",
                        REGIONS[regionOfUnit.get(u)], year, month, day, seq));
                ps.setLong(1, i + 1);
                ps.setString(2, name(random));
                ps.setString(3, ResidentId.gender(id).name());
                ps.setDate(4, Date.valueOf(ResidentId.birthDate(id).orElseThrow()));
                ps.setString(5, id);
                ps.setString(6, "139" + String.format("%08d", i));
                ps.setLong(7, units.get(u));
                ps.setString(8, String.format("E%06d", 100_000 + i));
                ps.setString(9, isMember(i) ? "PARTY_MEMBER" : i % 10 == 3 ? "LEAGUE_MEMBER" : "MASSES");
                ps.setString(10, i % 4 == 0 ? null : String.format("V%d%06d", 2020 + i % 5, i));
                ps.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }

        LocalDate reported = LocalDate.of(YEAR - 1, 6, 1);
        try (PreparedStatement member = c.prepareStatement(
                "INSERT INTO PARTY_MEMBER (ID, PERSON_ID, BRANCH_ID, JOINED_ON, FULL_ON) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement enrolment = c.prepareStatement("INSERT INTO ENROLMENT (ID, MEMBER_ID, GRID_ID, "
                     + "REPORTED_ON, GRID_ROLE) VALUES (?, ?, ?, ?, 'VOLUNTEER')");
             PreparedStatement appraisal = c.prepareStatement("INSERT INTO APPRAISAL (MEMBER_ID, BRANCH_ID, FOR_YEAR, "
                     + "UNIT_SCORE, COMBINED_SCORE, SCORE_GRADE, PROPOSED_GRADE, GRADE, STATUS, CONFIRMED_BY, CONFIRMED_AT) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', 'bench', ?)")) {
            int m = 0;
            for (int i = 0; i < PEOPLE && m < MEMBERS; i++) {
                if (!isMember(i)) {
                    continue;
                }
                m++;
                LocalDate joined = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
                member.setLong(1, m);
                member.setLong(2, i + 1);
                member.setLong(3, unitOfPerson[i] + 1);
                member.setDate(4, Date.valueOf(joined));
                member.setDate(5, Date.valueOf(joined.plusYears(1)));
                member.addBatch();
                enrolment.setLong(1, m);
                enrolment.setLong(2, m);
                enrolment.setLong(3, gridOf(m));
                enrolment.setDate(4, Date.valueOf(reported));
                enrolment.addBatch();
                int score = 60 + random.nextInt(41);
                String grade = score >= 90 ? "EXCELLENT" : score >= 70 ? "QUALIFIED" : "BASICALLY_QUALIFIED";
                appraisal.setLong(1, m);
                appraisal.setLong(2, unitOfPerson[i] + 1);
                appraisal.setInt(3, YEAR);
                appraisal.setBigDecimal(4, BigDecimal.valueOf(score));
                appraisal.setBigDecimal(5, BigDecimal.valueOf(score));
                appraisal.setString(6, grade);
                appraisal.setString(7, grade);
                appraisal.setString(8, grade);
                appraisal.setTimestamp(9, Timestamp.valueOf(LocalDateTime.of(YEAR + 1, 1, 20, 10, 0)));
                appraisal.addBatch();
                if (m % CHUNK == 0) {
                    member.executeBatch();
                    enrolment.executeBatch();
                    appraisal.executeBatch();
                }
            }
            member.executeBatch();
            enrolment.executeBatch();
            appraisal.executeBatch();
        }

        // 33 records for every member, one more for the first 10,000: 1,000,000 in the year
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        int days = first.lengthOfYear();
        int written = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO COMMUNITY_SERVICE (MEMBER_ID, COMMUNITY_ID, "
                + "SERVED_ON, CONTENT, HOURS, RECORDED_BY) VALUES (?, ?, ?, ?, ?, 'bench')")) {
            for (int m = 1; m <= MEMBERS; m++) {
                int records = SERVICES / MEMBERS + (m <= SERVICES % MEMBERS ? 1 : 0);
                long community = (gridOf(m) - 1) / GRIDS_PER_COMMUNITY + 1;
                for (int r = 0; r < records; r++) {
                    ps.setLong(1, m);
                    ps.setLong(2, community);
                    ps.setDate(3, Date.valueOf(first.plusDays(random.nextInt(days))));
                    ps.setString(4, CONTENTS[random.nextInt(CONTENTS.length)]);
                    ps.setBigDecimal(5, BigDecimal.valueOf(5 + random.nextInt(76), 1));
                    ps.addBatch();
                    if (++written % CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }

        try (PreparedStatement team = c.prepareStatement(
                "INSERT INTO TEAM (ID, NAME, KIND, UNIT_ID, LEADER_ID, FOUNDED_ON) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement teamMember = c.prepareStatement(
                     "INSERT INTO TEAM_MEMBER (TEAM_ID, PERSON_ID, JOINED_ON, ROLE) VALUES (?, ?, ?, ?)");
             PreparedStatement honour = c.prepareStatement("INSERT INTO HONOUR (TITLE, LEVEL_CODE, AWARDED_BY, FOR_YEAR, "
                     + "AWARDED_ON, RECIPIENT_KIND, UNIT_ID, RECIPIENT_ID) VALUES (?, ?, ?, ?, ?, 'UNIT', ?, ?)")) {
            String[] kinds = {"PARTY_MEMBER", "YOUTH", "STAFF"};
            String[] kindNames = {"共产党员服务队", "青年志愿服务队", "职工志愿服务队"};
            int teamId = 0;
            for (int t = 0; t < TOP.length; t++) {
                for (int k = 0; k < kinds.length; k++) {
                    teamId++;
                    team.setLong(1, teamId);
                    team.setString(2, TOP_NAMES[t] + kindNames[k]);
                    team.setString(3, kinds[k]);
                    team.setLong(4, t * 5 + 2);
                    team.setLong(5, teamId * 100L);
                    team.setDate(6, Date.valueOf(LocalDate.of(2015 + k, 3, 1)));
                    team.addBatch();
                    for (int p = 0; p < 200; p++) {
                        teamMember.setLong(1, teamId);
                        teamMember.setLong(2, teamId * 100L + p * 7L);
                        teamMember.setDate(3, Date.valueOf(LocalDate.of(YEAR - 1 + p % 2, 1 + p % 12, 1 + p % 28)));
                        teamMember.setString(4, p == 0 ? "CAPTAIN" : p < 3 ? "DEPUTY" : "MEMBER");
                        teamMember.addBatch();
                    }
                }
            }
            team.executeBatch();
            teamMember.executeBatch();
            String[] levels = {"NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "COMPANY"};
            for (int h = 0; h < 300; h++) {
                long unit = units.get(h % units.size());
                honour.setString(1, "第" + (h / units.size() + 1) + "类先进集体");
                honour.setString(2, levels[Math.min(4, h % 9 / 2)]);
                honour.setString(3, "无锡市文明办");
                honour.setInt(4, YEAR);
                honour.setDate(5, Date.valueOf(LocalDate.of(YEAR, 1 + h % 12, 1 + h % 28)));
                honour.setLong(6, unit);
                honour.setLong(7, unit);
                honour.addBatch();
            }
            honour.executeBatch();
        }
        // identities given explicitly: move the sequences past them
        for (String table : List.of("UNIT", "BRANCH", "COMMUNITY", "GRID", "PERSON", "PARTY_MEMBER", "ENROLMENT", "TEAM")) {
            try (var s = c.createStatement(); var max = s.executeQuery("SELECT MAX(ID) FROM " + table)) {
                max.next();
                long next = max.getLong(1) + 1;
                s.execute("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next);
            }
        }
    }

    private static boolean isMember(int person) {
        return person % 10 < 3;
    }

    private static long gridOf(int member) {
        return (member - 1) % (COMMUNITIES * GRIDS_PER_COMMUNITY) + 1;
    }

    private static void unit(PreparedStatement ps, long id, String code, String name, String kind, Long parent, int order)
            throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, kind);
        if (parent == null) {
            ps.setNull(5, java.sql.Types.BIGINT);
        } else {
            ps.setLong(5, parent);
        }
        ps.setInt(6, order);
        ps.addBatch();
    }

    private static String name(Random random) {
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }
}
