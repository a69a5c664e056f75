package org.dianmifeng.console.summary;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.unit.UnitScope;
import org.junit.jupiter.api.Test;

/**
 * Volunteer work at scale (issue 17), outside the suite: {@code mvn -o test -Dtest=VolunteerWorkBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. On the summary benchmark's large database ({@link LargeSummaryData}:
 * 100,000 people, 1,000,000 community service records) it adds, once, in {@code target/volunteer-benchmark/large}
 * (plain JDBC batches from a fixed seed; kept for the next run): a 19th team, the base and 44 stations over the six
 * units, 2,400 volunteers of the 19 teams, 50,000 activities in {@link LargeSummaryData#YEAR} and
 * {@value #HOURS_ROWS} SERVICE_HOURS rows in that year (20 volunteers of the team per activity; 90 % approved,
 * 7 % entered, 3 % declined), and star levels. Then, in this JVM, each step once cold and {@value #WARM} times warm
 * (the median printed; the database is compacted once after it is made): the baseline, a plain JDBC scan and sum of the year's approved hours (the least any figure
 * of the year must read); the dashboard's volunteer figures alone and the dashboard's whole figures
 * ({@link SummaryService#figures}); the lists (活动与时长: the year's first 100 lines, the year's whole, one team's year,
 * every activity without a period; one activity's roster; 志愿者: its first 100 lines and whole; 星级评定); the
 * store's queries of the four new sheets alone, and the four sheets written
 * ({@link VolunteerSheets}, into a streaming workbook saved to a file); the whole annual summary and the summary
 * benchmark's plain-POI baseline of it ({@link SummaryBenchmark#baseline}). It prints the figures with the machine's
 * load ({@code uptime}), at the start and the end: other builds share the machine. With
 * {@code -Dvolunteer.listsOnly=true} it times the baseline and the lists alone (a few minutes instead of a quarter of
 * an hour).
 */
class VolunteerWorkBenchmark {
    static final int HOURS_ROWS = 1_000_000;
    static final int WARM = 2;
    private static final int TEAMS = 19;
    private static final int ACTIVITIES = 50_000;
    private static final int PER_ACTIVITY = HOURS_ROWS / ACTIVITIES;
    private static final int VOLUNTEERS = 2_400;
    private static final int CHUNK = 5_000;
    private static final long SEED = 20_251_217L;
    private static final String[] KINDS = {"LECTURE", "STORYTELLING", "SALON", "SERVICE", "TRAINING", "OTHER"};
    private static final String[] SITE_KINDS = {"PRACTICE_STATION", "BEE_STATION", "BEE_POST", "ENERGY_STATION",
        "WORK_STATION", "PRACTICE_POINT"};
    private static final Session BENCH = new Session(1, "bench", "benchmark", Role.ADMINISTRATOR);

    interface Step {
        Object run() throws Exception;
    }

    /** One measured step: cold and the warm runs' median, in ms. */
    record Timed(String name, long coldMs, long warmMs) {
    }

    /** {@code -Dvolunteer.listsOnly=true}: the baseline and the lists alone, not the dashboard and the summary. */
    private static final boolean LISTS_ONLY = Boolean.getBoolean("volunteer.listsOnly");

    @Test
    void volunteerWorkOverAMillionHoursRecords() throws Exception {
        System.out.println("load at the start: " + uptime());
        Path dir = Path.of("target", "volunteer-benchmark", "large").toAbsolutePath();
        long t0 = System.nanoTime();
        ensure(dir);
        System.out.printf(Locale.ROOT, "database ready in %d ms%n", ms(t0));
        int year = LargeSummaryData.YEAR;
        Messages m = Messages.of(Messages.CHINESE);
        Path out = dir.resolveSibling("summary-" + year + ".xlsx");
        Path sheetsOut = dir.resolveSibling("volunteer-sheets-" + year + ".xlsx");
        Path baselineOut = dir.resolveSibling("baseline-" + year + ".xlsx");
        List<Timed> rows = new ArrayList<>();
        try (Database db = TestKeys.open(dir)) {
            SummaryService service = new SummaryService(db, Clock.systemDefaultZone());
            SummaryReport report = new SummaryReport(db, Clock.systemDefaultZone());
            rows.add(time("baseline: plain JDBC scan and sum of the year's approved hours", () -> db.read(dsl ->
                    dsl.connectionResult(c -> scan(c, year)))));
            if (!LISTS_ONLY) {
                rows.add(time("dashboard: volunteer figures alone (VolunteerWorkStore.volunteering)", () ->
                        db.read(dsl -> new VolunteerWorkStore(dsl).volunteering(UnitScope.ALL, year))));
                rows.add(time("dashboard: all its figures (SummaryService.figures)", () ->
                        service.figures(BENCH, year, null)));
            }
            Clock clock = Clock.systemDefaultZone();
            org.dianmifeng.console.core.Audit audit = new org.dianmifeng.console.core.Audit(db, clock);
            org.dianmifeng.console.activity.ActivityService activities =
                    new org.dianmifeng.console.activity.ActivityService(db, audit, clock);
            org.dianmifeng.console.activity.ActivityFilter ofYear = new org.dianmifeng.console.activity.ActivityFilter(
                    null, null, null, null, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31),
                    null, null);
            // the least the whole list of the year must read: every activity of the year and the year's hours
            // records, counted per activity, in plain JDBC (no jOOQ, no rows made)
            Timed plainList = time("baseline of the lists: plain JDBC read of the year's activities and their hours"
                    + " records counted per activity", () -> db.read(dsl -> dsl.connectionResult(c -> plainList(c,
                    year))));
            rows.add(plainList);
            rows.add(time("list: 活动与时长, the year's first 100 activities with their counts (ActivityService."
                    + "firstLines)", () -> activities.firstLines(BENCH, ofYear, 100).size()));
            rows.add(time("list: 活动与时长, the year's activities with their hours' counts (ActivityService.list)",
                    () -> activities.list(BENCH, ofYear).size()));
            org.dianmifeng.console.activity.ActivityFilter ofTeam = new org.dianmifeng.console.activity.ActivityFilter(
                    activities.list(BENCH, ofYear).get(0).activity().teamId(), null, null, null, ofYear.from(),
                    ofYear.to(), null, null);
            System.out.printf(Locale.ROOT, "活动与时长 of the year ÷ the plain read of its data: %.2f%n",
                    rows.get(rows.size() - 1).warmMs() / (double) Math.max(1, plainList.warmMs()));
            rows.add(time("list: 活动与时长 of one team, the year's activities (ActivityService.list)",
                    () -> activities.list(BENCH, ofTeam).size()));
            rows.add(time("list: 活动与时长 without a period, every activity (ActivityService.list)",
                    () -> activities.list(BENCH, org.dianmifeng.console.activity.ActivityFilter.ALL).size()));
            long firstActivity = activities.list(BENCH, ofYear).get(0).id();
            rows.add(time("list: one activity's roster (ActivityService.roster)",
                    () -> activities.roster(BENCH, firstActivity).size()));
            org.dianmifeng.console.volunteer.VolunteerService volunteers =
                    new org.dianmifeng.console.volunteer.VolunteerService(db, audit, clock);
            rows.add(time("list: 志愿者, the first 100 volunteers with their hours (VolunteerService.firstLines)", () ->
                    volunteers.firstLines(BENCH, 100).size()));
            rows.add(time("list: 志愿者, every volunteer with their hours (VolunteerService.list)", () ->
                    volunteers.list(BENCH, org.dianmifeng.console.volunteer.VolunteerFilter.ALL).size()));
            rows.add(time("list: 星级评定, the levels reached (StarService.list)", () ->
                    new org.dianmifeng.console.star.StarService(db, audit, clock).list(BENCH, null).size()));
            if (LISTS_ONLY) {
                print(rows);
                System.out.println("load at the end: " + uptime());
                return;
            }
            int lists = rows.size();
            rows.add(time("new sheets: the store's queries alone", () -> db.read(dsl -> {
                VolunteerWorkStore s = new VolunteerWorkStore(dsl);
                int[] n = {0};
                s.starsGranted(UnitScope.ALL, year, x -> n[0]++);
                return s.sites(UnitScope.ALL, year).size() + s.teams(UnitScope.ALL, year).size()
                        + s.byMonthAndKind(UnitScope.ALL, year).size() + s.volunteering(UnitScope.ALL, year).records()
                        + n[0];
            })));
            rows.add(time("new sheets: written (VolunteerSheets, 4 sheets, saved)", () -> db.snapshot(dsl -> {
                sheets(dsl, service.figures(BENCH, year, null), m, sheetsOut);
                return null;
            })));
            rows.add(time("annual summary: the whole report (SummaryReport.write)", () ->
                    report.write(BENCH, year, null, out, m, Progress.NONE)));
            rows.add(time("annual summary: SummaryBenchmark.baseline (plain POI, with the new sheets' queries)", () ->
                    db.read(dsl -> {
                        dsl.connection(c -> {
                            try {
                                SummaryBenchmark.baseline(c, year, baselineOut, new VolunteerWorkStore(
                                        org.jooq.impl.DSL.using(c, dsl.dialect())));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        return null;
                    })));
            YearFigures.Volunteering v = service.figures(BENCH, year, null).volunteering();
            System.out.printf(Locale.ROOT, "figures of %d: %d activities held, %d volunteers serving, %d approved "
                    + "records, %s approved hours, %d star levels granted, at the year's end %s%n", year, v.activities(),
                    v.volunteers(), v.records(), v.hours().toPlainString(), v.starsGranted(), v.atLevel());
            print(rows);
            double sheetsOverQueries = rows.get(lists + 1).warmMs() / (double) Math.max(1, rows.get(lists).warmMs());
            // the baseline reads the new sheets' rows with their own queries since it holds them
            double summaryOverBaseline = rows.get(lists + 2).warmMs() / (double) Math.max(1, rows.get(lists + 3).warmMs());
            System.out.printf(Locale.ROOT, "the new sheets written / their queries alone: %.2f (aim: 1.5 at most)%n",
                    sheetsOverQueries);
            System.out.printf(Locale.ROOT, "the whole summary / its plain-POI baseline (the new sheets' queries in it): "
                    + "%.2f (the summary's aim: 1.5 at most)%n", summaryOverBaseline);
        }
        System.out.println("load at the end: " + uptime());
    }

    /** The table of the steps, each against the baseline (the first step) of the same run. */
    private static void print(List<Timed> rows) {
        long scan = rows.get(0).warmMs();
        System.out.println("| step | cold ms | warm ms (median of " + WARM + ") | warm / scan |");
        System.out.println("| --- | --- | --- | --- |");
        for (Timed r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.2f |%n", r.name(), r.coldMs(), r.warmMs(),
                    r.warmMs() / (double) Math.max(1, scan));
        }
    }

    private static Timed time(String name, Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        long cold = ms(t0);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM; i++) {
            long t1 = System.nanoTime();
            step.run();
            warm.add(ms(t1));
        }
        warm.sort(Comparator.naturalOrder());
        Timed t = new Timed(name, cold, warm.get(warm.size() / 2));
        System.out.printf(Locale.ROOT, "%s: cold %d ms, warm %s ms%n", name, cold, warm);
        return t;
    }

    /** The four sheets of volunteer work alone, as the summary writes them, saved to {@code out}. */
    private static void sheets(org.jooq.DSLContext dsl, YearFigures f, Messages m, Path out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(AnnualSummary.WINDOW);
        boolean written = false;
        try {
            new VolunteerSheets(new AnnualSummary(m, LocalDate.now()), m).fill(wb, new Styles(wb), f, UnitScope.ALL,
                    new VolunteerWorkStore(dsl), () -> { });
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            written = true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            ReportFile.dispose(wb, written);
        }
    }

    private static Object scan(Connection c, int year) {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), SUM(HOURS) FROM SERVICE_HOURS "
                + "WHERE STATE = 'APPROVED' AND SERVED_ON BETWEEN ? AND ?")) {
            ps.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
            ps.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + " " + rs.getBigDecimal(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object plainList(Connection c, int year) {
        long read = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ACTIVITY WHERE STARTS_AT >= ? AND STARTS_AT < ?")) {
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()));
            ps.setTimestamp(2, java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        read += rs.getObject(i) == null ? 0 : 1;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT ACTIVITY_ID, STATE, LATE, COUNT(*), SUM(HOURS) "
                + "FROM SERVICE_HOURS WHERE SERVED_ON BETWEEN ? AND ? GROUP BY ACTIVITY_ID, STATE, LATE")) {
            ps.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
            ps.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read += rs.getLong(4);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return read;
    }

    private static String uptime() {
        try {
            return new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes()).strip();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // ---- the data ----

    /** The large database with volunteer work in {@code dir}, made now unless a previous run left it complete. */
    static Path ensure(Path dir) throws Exception {
        Path done = dir.resolve("volunteer-complete");
        if (Files.exists(done)) {
            return dir;
        }
        LargeSummaryData.ensure(dir);
        try (Database db = TestKeys.open(dir)) {
            db.read(dsl -> {
                dsl.connection(c -> {
                    boolean auto = c.getAutoCommit();
                    c.setAutoCommit(false);
                    fill(c);
                    c.commit();
                    c.setAutoCommit(auto);
                });
                return null;
            });
        }
        // the batches' commits leave the file many times larger than its data (10 GB here): a scan of the year's hours
        // then took a minute; compacted once (SHUTDOWN COMPACT), the file holds its data and little else
        try (Connection c = TestKeys.connect(dir); var s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        Files.writeString(done, "hours=" + HOURS_ROWS + " activities=" + ACTIVITIES + " year=" + LargeSummaryData.YEAR);
        return dir;
    }

    private static void fill(Connection c) throws SQLException {
        Random random = new Random(SEED);
        int year = LargeSummaryData.YEAR;
        // the 19th team: the base's own, of the city company (unit 1); teams 1-18 are LargeSummaryData's
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO TEAM (NAME, KIND, UNIT_ID, FOUNDED_ON) VALUES ('电暖流基地志愿服务队', 'STAFF', 1, ?)")) {
            ps.setDate(1, Date.valueOf(LocalDate.of(2019, 5, 1)));
            ps.executeUpdate();
        }
        long[] unitOfTeam = new long[TEAMS + 1];
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT ID, UNIT_ID FROM TEAM ORDER BY ID")) {
            int t = 0;
            while (rs.next() && t < TEAMS) {
                unitOfTeam[++t] = rs.getLong(2);
            }
        }
        long[] teamIds = new long[TEAMS + 1];
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT ID FROM TEAM ORDER BY ID")) {
            int t = 0;
            while (rs.next() && t < TEAMS) {
                teamIds[++t] = rs.getLong(1);
            }
        }
        // the base (city company) and 44 stations over the six units and their supply stations
        List<Long> siteIds = new ArrayList<>();
        List<Long> siteUnits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SITE (ID, CODE, NAME, KIND, UNIT_ID, ADDRESS, "
                + "AMENITIES, STATUS, ESTABLISHED_ON) VALUES (?, ?, ?, ?, ?, ?, 'WATER,REST', 'OPEN', ?)")) {
            for (int s = 0; s <= 44; s++) {
                long unit = s == 0 ? 1 : (s - 1) % 6 * 5 + 2 + (s - 1) / 6 % 5;
                ps.setLong(1, s + 1);
                ps.setString(2, "ZD-" + (s + 1));
                ps.setString(3, s == 0 ? "电暖流新时代文明实践基地" : "第" + s + "阵地");
                ps.setString(4, s == 0 ? "BASE" : SITE_KINDS[s % SITE_KINDS.length]);
                ps.setLong(5, unit);
                ps.setString(6, "无锡市第" + (s + 1) + "号");
                ps.setDate(7, Date.valueOf(LocalDate.of(2019 + s % 5, 1 + s % 12, 1)));
                ps.addBatch();
                siteIds.add((long) s + 1);
                siteUnits.add(unit);
            }
            ps.executeBatch();
        }
        // 2,400 volunteers, people spread over the register, each of one team (person i*41+1, team i % 19 + 1)
        List<List<Long>> pool = new ArrayList<>();
        for (int t = 0; t <= TEAMS; t++) {
            pool.add(new ArrayList<>());
        }
        // people with a volunteer number were made volunteers by the migration: MERGE keeps them once
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO VOLUNTEER (PERSON_ID, REGISTERED_ON, STATUS) "
                + "KEY (PERSON_ID) VALUES (?, ?, 'ACTIVE')")) {
            for (int i = 0; i < VOLUNTEERS; i++) {
                long person = i * 41L + 1;
                pool.get(i % TEAMS + 1).add(person);
                ps.setLong(1, person);
                ps.setDate(2, Date.valueOf(LocalDate.of(2020 + i % 5, 1 + i % 12, 1 + i % 28)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // 50,000 activities in the year, each with 20 of its team's volunteers
        try (PreparedStatement activity = c.prepareStatement("INSERT INTO ACTIVITY (ID, TITLE, KIND, SITE_ID, TEAM_ID, "
                + "STARTS_AT, PLANNED_HOURS, PLACE) VALUES (?, ?, ?, ?, ?, ?, 4.0, ?)");
             PreparedStatement hours = c.prepareStatement("INSERT INTO SERVICE_HOURS (ACTIVITY_ID, PERSON_ID, TEAM_ID, "
                     + "SERVED_ON, HOURS, STATE, ENTERED_BY, ENTERED_AT, DECIDED_BY, DECIDED_AT) "
                     + "VALUES (?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?)")) {
            int pending = 0;
            for (int a = 1; a <= ACTIVITIES; a++) {
                int team = a % TEAMS + 1;
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                Long site = null;
                if (random.nextInt(10) < 8) {
                    // a station of the team's unit or its supply stations, else the base
                    List<Long> near = new ArrayList<>();
                    for (int s = 0; s < siteIds.size(); s++) {
                        long u = siteUnits.get(s);
                        if (u >= unitOfTeam[team] && u < unitOfTeam[team] + 5) {
                            near.add(siteIds.get(s));
                        }
                    }
                    site = near.isEmpty() ? siteIds.get(0) : near.get(random.nextInt(near.size()));
                }
                activity.setLong(1, a);
                activity.setString(2, "第" + a + "次活动");
                activity.setString(3, KINDS[random.nextInt(KINDS.length)]);
                if (site == null) {
                    activity.setNull(4, java.sql.Types.BIGINT);
                } else {
                    activity.setLong(4, site);
                }
                activity.setLong(5, teamIds[team]);
                activity.setTimestamp(6, Timestamp.valueOf(day.atTime(9, 0)));
                activity.setString(7, site == null ? "社区" : null);
                activity.addBatch();
                List<Long> people = pool.get(team);
                int start = random.nextInt(people.size());
                for (int j = 0; j < PER_ACTIVITY; j++) {
                    int roll = random.nextInt(100);
                    String state = roll < 90 ? "APPROVED" : roll < 97 ? "ENTERED" : "DECLINED";
                    hours.setLong(1, a);
                    hours.setLong(2, people.get((start + j) % people.size()));
                    hours.setLong(3, teamIds[team]);
                    hours.setDate(4, Date.valueOf(day));
                    hours.setBigDecimal(5, BigDecimal.valueOf(1 + random.nextInt(8), 0).divide(BigDecimal.valueOf(2)));
                    hours.setString(6, state);
                    hours.setTimestamp(7, Timestamp.valueOf(day.atTime(20, 0)));
                    hours.setString(8, "ENTERED".equals(state) ? null : "bench");
                    hours.setTimestamp(9, "ENTERED".equals(state) ? null : Timestamp.valueOf(day.plusDays(2).atTime(9, 0)));
                    hours.addBatch();
                    pending++;
                }
                if (pending >= CHUNK) {
                    activity.executeBatch();
                    hours.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            activity.executeBatch();
            hours.executeBatch();
        }
        // star levels: a third of the volunteers one star (granted the year before), a tenth two stars in the year
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO STAR_LEVEL (PERSON_ID, STARS, HOURS_AT, REACHED_ON, "
                + "STATE, NOTICE_FROM, NOTICE_UNTIL, GRANTED_ON, DECIDED_BY) VALUES (?, ?, ?, ?, 'GRANTED', ?, ?, ?, 'bench')")) {
            for (int i = 0; i < VOLUNTEERS; i++) {
                long person = i * 41L + 1;
                if (i % 3 == 0) {
                    star(ps, person, 1, "100.0", LocalDate.of(year - 1, 1 + i % 12, 1));
                }
                if (i % 10 == 0) {
                    star(ps, person, 2, "300.0", LocalDate.of(year, 1 + i % 12, 1));
                }
            }
            ps.executeBatch();
        }
        for (String table : List.of("SITE", "ACTIVITY")) {
            try (var s = c.createStatement(); var max = s.executeQuery("SELECT MAX(ID) FROM " + table)) {
                max.next();
                long next = max.getLong(1) + 1;
                s.execute("ALTER TABLE " + table + " ALTER COLUMN ID RESTART WITH " + next);
            }
        }
    }

    private static void star(PreparedStatement ps, long person, int stars, String hoursAt, LocalDate reached)
            throws SQLException {
        ps.setLong(1, person);
        ps.setInt(2, stars);
        ps.setBigDecimal(3, new BigDecimal(hoursAt));
        ps.setDate(4, Date.valueOf(reached));
        ps.setDate(5, Date.valueOf(reached.plusDays(1)));
        ps.setDate(6, Date.valueOf(reached.plusDays(8)));
        ps.setDate(7, Date.valueOf(reached.plusDays(10)));
        ps.addBatch();
    }
}
