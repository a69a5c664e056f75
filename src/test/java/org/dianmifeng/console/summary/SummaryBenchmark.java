package org.dianmifeng.console.summary;

import org.dianmifeng.console.testing.TestKeys;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.app.SampleData;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.UnitScope;
import org.junit.jupiter.api.Test;

/**
 * Times the annual summary (年度工作总结) against a baseline measured in the same run, each in its own JVM with
 * a 256 MB heap. Not part of the suite (surefire excludes *Benchmark*); run it with
 * {@code mvn -o test -Dtest=SummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Two data sets: the sample data ({@code demo}'s 2,000 people, made afresh each run) for the latest year with
 * community service, and a large database (100,000 people, 30,000 party members, 1,000,000 service records in
 * {@link LargeSummaryData#YEAR}, kept in {@code target/summary-benchmark/large} for the next run). For each, a child
 * JVM ({@code -Xmx256m}) writes the summary once cold and {@link #WARM} times warm, and another writes the
 * baseline: the same rows, fetched by plain JDBC with the same SQL result shape as {@link SummaryStore}'s queries,
 * and the volunteer-work sheets' rows by their store's own queries, written with a bare {@link SXSSFWorkbook} (no
 * styles, print set-up, chart, width or progress). Each child prints
 * its times and its peak heap (the sum of the heap pools' peak usage). The table goes to standard output.
 */
class SummaryBenchmark {
    static final int WARM = 5;
    /** Warm runs on the large database, whose runs take tens of seconds each. */
    static final int WARM_LARGE = 3;
    static final String HEAP = "-Xmx256m";
    private static final Session BENCH = new Session(1, "bench", "benchmark", Role.ADMINISTRATOR);

    /** What one child measured. */
    record Measured(long coldMs, long medianMs, double peakMb, double sampledMb, boolean oom, List<String> parts) {
        static Measured parse(String line, List<String> parts) {
            Map<String, String> v = Arrays.stream(line.substring("BENCH ".length()).split(" "))
                    .map(s -> s.split("=", 2)).collect(Collectors.toMap(a -> a[0], a -> a[1]));
            return new Measured(Long.parseLong(v.get("cold")), Long.parseLong(v.get("median")),
                    Double.parseDouble(v.get("peakMb")), Double.parseDouble(v.get("sampledMb")),
                    Boolean.parseBoolean(v.get("oom")), parts);
        }
    }

    @Test
    void annualSummaryAgainstPlainPoi() throws Exception {
        Path root = Path.of("target", "summary-benchmark").toAbsolutePath();
        Path sample = root.resolve("sample");
        delete(sample);
        long t0 = System.nanoTime();
        try (Database db = TestKeys.open(sample)) {
            new SampleData(new Services(db, Clock.systemDefaultZone()), SampleData.DEFAULT_SEED)
                    .load(SampleData.DEFAULT_PEOPLE, true, Progress.NONE);
        }
        long sampleMs = ms(t0);
        int sampleYear = latestServiceYear(sample);
        t0 = System.nanoTime();
        Path large = LargeSummaryData.ensure(root.resolve("large"));
        long largeMs = ms(t0);
        System.out.printf(Locale.ROOT, "sample data made in %d ms (year %d); large database ready in %d ms%n",
                sampleMs, sampleYear, largeMs);

        List<String[]> table = new ArrayList<>();
        List<String> breakdowns = new ArrayList<>();
        boolean allHold = true;
        for (Object[] set : new Object[][] {
            {"sample (2,000 people)", sample, sampleYear, true},
            {"large (100,000 people, 1,000,000 services)", large, LargeSummaryData.YEAR, false}}) {
            String name = (String) set[0];
            Path data = (Path) set[1];
            int year = (Integer) set[2];
            boolean isSample = (Boolean) set[3];
            int warm = isSample ? WARM : WARM_LARGE;
            Measured report = child("report", data, year, warm, root.resolve("out"));
            Measured baseline = child("baseline", data, year, warm, root.resolve("out"));
            Measured parts = child("parts", data, year, 1, root.resolve("out"));
            // the first summary a person makes in the console: after sign-in, the dashboard's figures and the
            // report warm-up (App.warmUpReports) have run; a fresh JVM otherwise
            Measured console = isSample ? child("console", data, year, 0, root.resolve("out")) : null;
            breakdowns.add(name + " (warm, ms): " + String.join(", ", parts.parts()));
            double ratio = (double) report.medianMs() / Math.max(1, baseline.medianMs());
            boolean ratioHolds = ratio <= 1.5;
            boolean warmFast = report.medianMs() < 2000;
            boolean coldFast = (console == null ? report : console).coldMs() < 2000;
            boolean timeHolds = !isSample || warmFast && coldFast;
            boolean noOom = !report.oom() && !baseline.oom();
            allHold &= ratioHolds && timeHolds && noOom;
            table.add(new String[] {name, String.valueOf(year),
                report.coldMs() + " / " + report.medianMs(), baseline.coldMs() + " / " + baseline.medianMs(),
                String.format(Locale.ROOT, "%.2f", ratio),
                mb(report), mb(baseline),
                (ratioHolds ? "ratio<=1.5 yes" : "ratio<=1.5 NO") + (isSample ? ", <2 s warm " + (warmFast ? "yes" : "NO")
                        + ", first in the console " + console.coldMs() + " ms " + (coldFast ? "yes" : "NO")
                        + " (fresh JVM " + report.coldMs() + " ms)" : "")
                        + (noOom ? ", no OOM" : ", OutOfMemoryError")});
        }
        print(table);
        System.out.println("Peak heap: the sum of the heap pools' peak usage (an upper bound: the pools peak at different"
                + " times) / the largest total heap in use, sampled every 2 ms.");
        System.out.println("Where the summary's time goes, one warm run with the store's queries timed one by one:");
        breakdowns.forEach(b -> System.out.println("  " + b));
        System.out.println(allHold ? "All aims hold." : "Some aims do not hold: see the table.");
        assertTrue(table.size() == 2);
    }

    private static String mb(Measured m) {
        return String.format(Locale.ROOT, "%.0f / %.0f", m.peakMb(), m.sampledMb());
    }

    private static void print(List<String[]> rows) {
        String[] head = {"dataset", "year", "report ms (cold / warm median)", "baseline ms (cold / warm median)",
            "ratio (warm)", "report peak heap MB (pools / sampled)", "baseline peak heap MB (pools / sampled)", "aims (" + HEAP + ")"};
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        int[] w = new int[head.length];
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder("\n");
        for (int k = 0; k < all.size(); k++) {
            String[] r = all.get(k);
            sb.append("| ");
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + w[i] + "s", r[i])).append(" | ");
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
            if (k == 0) {
                sb.append("|");
                for (int width : w) {
                    sb.append("-".repeat(width + 2)).append('|');
                }
                sb.append('\n');
            }
        }
        System.out.println(sb);
    }

    /** Runs one measured report in a child JVM with a 256 MB heap and reads back what it printed. */
    private static Measured child(String mode, Path data, int year, int warm, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), HEAP, "-Djava.awt.headless=true", "-Duser.language=zh",
                "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), SummaryBenchmark.class.getName(), mode,
                data.toString(), String.valueOf(year), String.valueOf(warm), outDir.resolve(mode + "-" + data.getFileName() + ".xlsx").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        List<String> tail = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("BENCH ")) {
                    result = line;
                } else if (line.startsWith("PART ")) {
                    parts.add(line.substring("PART ".length()));
                } else {
                    tail.add(line);
                    if (tail.size() > 40) {
                        tail.remove(0);
                    }
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.MINUTES) || result == null) {
            throw new AssertionError(mode + " child failed (exit " + p.exitValue() + "):\n" + String.join("\n", tail));
        }
        return Measured.parse(result, parts);
    }

    /**
     * The child: {@code report|baseline|parts DATA_DIR YEAR WARM OUT}. Writes the workbook once cold and
     * {@code WARM} times warm and prints {@code BENCH cold=ms median=ms peakMb=MB sampledMb=MB oom=false}; {@code parts}
     * also prints the time of each of the store's queries and of filling and saving the workbook.
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        int year = Integer.parseInt(args[2]);
        int warmRuns = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Messages m = Messages.of(Messages.CHINESE);
        boolean oom = false;
        long cold = -1;
        List<Long> warm = new ArrayList<>();
        HeapSampler sampler = new HeapSampler();
        try (Database db = TestKeys.open(data)) {
            SummaryReport report = new SummaryReport(db, Clock.systemDefaultZone());
            if ("console".equals(mode)) {
                new SummaryService(db, Clock.systemDefaultZone()).figures(BENCH, year, null);
                AnnualSummary.warmUp(m);
            }
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            sampler.start();
            try {
                for (int run = 0; run <= warmRuns; run++) {
                    long t0 = System.nanoTime();
                    if ("baseline".equals(mode)) {
                        db.read(dsl -> {
                            dsl.connection(c -> baseline(c, year, out, new VolunteerWorkStore(
                                    org.jooq.impl.DSL.using(c, dsl.dialect()))));
                            return null;
                        });
                    } else {
                        report.write(BENCH, year, null, out, m, Progress.NONE);
                    }
                    long took = ms(t0);
                    if (run == 0) {
                        cold = took;
                    } else {
                        warm.add(took);
                    }
                }
                if ("parts".equals(mode)) {
                    db.read(dsl -> dsl.connectionResult(c -> {
                        parts(org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.H2), year, m, out);
                        return null;
                    }));
                }
            } catch (OutOfMemoryError e) {
                oom = true;
            }
        }
        sampler.stop = true;
        double peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
        warm.sort(Comparator.naturalOrder());
        long median = warm.isEmpty() ? -1 : warm.get(warm.size() / 2);
        System.out.printf(Locale.ROOT, "BENCH cold=%d median=%d peakMb=%.1f sampledMb=%.1f oom=%s%n", cold, median, peak,
                sampler.max / (1024.0 * 1024.0), oom);
        System.exit(0);
    }

    /** The largest total heap in use, sampled every 2 ms. */
    private static final class HeapSampler extends Thread {
        volatile boolean stop;
        volatile long max;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!stop) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Times, one by one, what {@link SummaryReport#write} asks of the store, then filling and saving the workbook. */
    private static void parts(org.jooq.DSLContext dsl, int year, Messages m, Path out) throws Exception {
        SummaryStore store = new SummaryStore(dsl);
        UnitScope all = UnitScope.ALL;
        SummaryStore.Counts[] counts = new SummaryStore.Counts[1];
        part("counts (all of it)", () -> counts[0] = store.counts(all, year));
        part("peopleByUnit", () -> store.peopleByUnit(all));
        part("teams", () -> store.teams(all, year));
        part("teamLines", () -> store.teamLines(all, year));
        part("partyByBranch", () -> store.partyByBranch(all, year));
        part("serviceByBranch", () -> store.serviceByBranch(all, year));
        part("casesByUnit", () -> store.casesByUnit(all, year));
        part("honoursByLevel", () -> store.honoursByLevel(all, year));
        int[] n = {0};
        part("members (cursor, rows read only)", () -> store.members(all, year, line -> n[0]++));
        part("honour roll lines", () -> store.honourRoll().lines(year, year, all.unitIds()));
        SXSSFWorkbook wb = new SXSSFWorkbook(AnnualSummary.WINDOW);
        wb.setCompressTempFiles(true);
        try {
            part("AnnualSummary.fill (the other queries and the cells)", () ->
                    new AnnualSummary(m, LocalDate.now()).fill(wb, store, counts[0], Progress.NONE));
            part("save", () -> org.dianmifeng.console.report.ReportFile.save(wb, out, Progress.NONE));
        } finally {
            wb.close();
            wb.dispose();
        }
        System.out.println("PART member rows=" + n[0]);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void part(String name, Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        System.out.println("PART " + name + "=" + ms(t0));
    }

    // ---- the baseline: the summary's queries in plain JDBC, every row written as it comes, nothing else ----

    /** The sheets of the summary and the queries that fill them, as {@link SummaryStore} asks them (whole company). */
    static final String[][] SHEETS = {
        {"overview",
            "SELECT LEVEL_CODE, COUNT(*) FROM HONOUR h LEFT JOIN TEAM t ON t.ID = h.TEAM_ID "
                + "LEFT JOIN PERSON p ON p.ID = h.PERSON_ID WHERE h.FOR_YEAR = ?Y GROUP BY LEVEL_CODE",
            "SELECT COUNT(*) FROM TEAM WHERE ACTIVE",
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE tm.JOINED_ON >= ?F) FROM TEAM_MEMBER tm "
                + "JOIN TEAM t ON t.ID = tm.TEAM_ID WHERE t.ACTIVE AND tm.JOINED_ON <= ?L"},
        {"people",
            "SELECT ID, NAME FROM UNIT ORDER BY SORT_ORDER, ID",
            "SELECT UNIT_ID, POLITICAL_STATUS, GENDER, COUNT(*), COUNT(VOLUNTEER_NO) FROM PERSON "
                + "GROUP BY UNIT_ID, POLITICAL_STATUS, GENDER"},
        {"teams",
            "SELECT t.NAME, t.KIND, u.NAME, "
                + "(SELECT COUNT(*) FROM TEAM_MEMBER tm WHERE tm.TEAM_ID = t.ID AND tm.JOINED_ON <= ?L), "
                + "(SELECT COUNT(*) FROM TEAM_MEMBER tm WHERE tm.TEAM_ID = t.ID AND tm.JOINED_ON BETWEEN ?F AND ?L), "
                + "(SELECT MIN(p.NAME) FROM TEAM_MEMBER tm JOIN PERSON p ON p.ID = tm.PERSON_ID "
                + "WHERE tm.TEAM_ID = t.ID AND tm.ROLE = 'CAPTAIN') "
                + "FROM TEAM t JOIN UNIT u ON u.ID = t.UNIT_ID WHERE t.ACTIVE ORDER BY u.SORT_ORDER, u.ID, t.NAME"},
        {"party",
            "SELECT b.ID, b.NAME, u.NAME FROM BRANCH b LEFT JOIN UNIT u ON u.ID = b.UNIT_ID "
                + "ORDER BY u.SORT_ORDER, u.ID, b.NAME",
            "SELECT pm.BRANCH_ID, COUNT(*) FROM PARTY_MEMBER pm JOIN PERSON p ON p.ID = pm.PERSON_ID "
                + "WHERE pm.JOINED_ON <= ?L GROUP BY pm.BRANCH_ID",
            "SELECT pm.BRANCH_ID, COUNT(DISTINCT e.MEMBER_ID) FROM ENROLMENT e JOIN PARTY_MEMBER pm ON pm.ID = e.MEMBER_ID "
                + "JOIN PERSON p ON p.ID = pm.PERSON_ID WHERE e.REPORTED_ON <= ?L "
                + "AND (e.ENDED_ON IS NULL OR e.ENDED_ON >= ?F) GROUP BY pm.BRANCH_ID",
            "SELECT pm.BRANCH_ID, COUNT(DISTINCT cs.MEMBER_ID), COUNT(*), SUM(cs.HOURS) FROM COMMUNITY_SERVICE cs "
                + "JOIN PARTY_MEMBER pm ON pm.ID = cs.MEMBER_ID JOIN PERSON p ON p.ID = pm.PERSON_ID "
                + "WHERE cs.SERVED_ON BETWEEN ?F AND ?L GROUP BY pm.BRANCH_ID",
            "SELECT pm.BRANCH_ID, a.STATUS, a.GRADE, COUNT(*) FROM APPRAISAL a JOIN PARTY_MEMBER pm ON pm.ID = a.MEMBER_ID "
                + "JOIN PERSON p ON p.ID = pm.PERSON_ID WHERE a.FOR_YEAR = ?Y GROUP BY pm.BRANCH_ID, a.STATUS, a.GRADE"},
        {"members",
            "SELECT p.NAME, b.NAME, u.NAME, LISTAGG(DISTINCT c.NAME, '、') WITHIN GROUP (ORDER BY c.NAME), COUNT(*), "
                + "SUM(cs.HOURS) FROM COMMUNITY_SERVICE cs JOIN PARTY_MEMBER pm ON pm.ID = cs.MEMBER_ID "
                + "JOIN PERSON p ON p.ID = pm.PERSON_ID JOIN BRANCH b ON b.ID = pm.BRANCH_ID "
                + "JOIN UNIT u ON u.ID = p.UNIT_ID LEFT JOIN UNIT bu ON bu.ID = b.UNIT_ID "
                + "JOIN COMMUNITY c ON c.ID = cs.COMMUNITY_ID WHERE cs.SERVED_ON BETWEEN ?F AND ?L "
                + "GROUP BY pm.ID, p.NAME, b.NAME, u.NAME, bu.SORT_ORDER, bu.ID "
                + "ORDER BY bu.SORT_ORDER, bu.ID, b.NAME, p.NAME, pm.ID"},
        {"cases",
            "SELECT UNIT_ID, STATUS, COUNT(*), COUNT(*) FILTER (WHERE REFERRED_ON >= ?F), "
                + "COUNT(*) FILTER (WHERE HANDED_OVER_ON BETWEEN ?F AND ?L) FROM AID_CASE WHERE REFERRED_ON <= ?L "
                + "GROUP BY UNIT_ID, STATUS"},
        {"honours",
            "SELECT h.TITLE, h.LEVEL_CODE, h.AWARDED_BY, h.RECIPIENT_KIND, h.AWARDED_ON, hu.NAME, t.NAME, p.NAME, ru.NAME "
                + "FROM HONOUR h LEFT JOIN UNIT hu ON hu.ID = h.UNIT_ID LEFT JOIN TEAM t ON t.ID = h.TEAM_ID "
                + "LEFT JOIN PERSON p ON p.ID = h.PERSON_ID "
                + "LEFT JOIN UNIT ru ON ru.ID = COALESCE(h.UNIT_ID, t.UNIT_ID, p.UNIT_ID) "
                + "WHERE h.FOR_YEAR = ?Y ORDER BY h.AWARDED_ON, h.TITLE, h.ID"},
    };

    /**
     * Plain POI: each query's rows, as they come, one cell per column, into a bare streaming workbook; then the
     * volunteer-work rows (issue 17: the overview's figures, stations, activities by month and kind, teams, star
     * levels granted),
     * read by the store's own queries ({@link VolunteerWorkStore}, as {@code VolunteerWorkBenchmark} adds them to
     * this baseline), one bare cell per field.
     */
    static void baseline(Connection c, int year, Path out, VolunteerWorkStore volunteerWork) throws Exception {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            for (String[] sheetQueries : SHEETS) {
                SXSSFSheet sheet = wb.createSheet(sheetQueries[0]);
                int r = 0;
                for (int q = 1; q < sheetQueries.length; q++) {
                    r = query(c, sheetQueries[q], year, first, last, sheet, r);
                }
            }
            YearFigures.Volunteering v = volunteerWork.volunteering(UnitScope.ALL, year); // the overview's lines
            List<Object[]> overview = new ArrayList<>();
            overview.add(new Object[] {v.activities(), v.volunteers(), v.records(), v.hours(), v.starsGranted()});
            bare(wb.createSheet("volunteering"), overview);
            bare(wb.createSheet("sites"), volunteerWork.sites(UnitScope.ALL, year).stream().map(p -> new Object[] {
                p.unitId(), p.name(), p.kind(), p.figures().activities(), p.figures().hours(), p.volunteers().size()})
                    .toList());
            bare(wb.createSheet("activities"), volunteerWork.byMonthAndKind(UnitScope.ALL, year).stream()
                    .map(k -> new Object[] {k.month(), k.kind(), k.activities(), k.records(), k.hours()}).toList());
            bare(wb.createSheet("hours"), volunteerWork.teams(UnitScope.ALL, year).stream().map(p -> new Object[] {
                p.unitId(), p.name(), p.kind(), p.figures().activities(), p.figures().hours(), p.volunteers().size()})
                    .toList());
            List<Object[]> stars = new ArrayList<>();
            volunteerWork.starsGranted(UnitScope.ALL, year, st -> stars.add(new Object[] {st.name(), st.volunteerNo(),
                st.unitName(), st.stars(), st.hoursAt(), st.reachedOn(), st.grantedOn()}));
            bare(wb.createSheet("stars"), stars);
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** Rows of plain values, one bare cell each. */
    private static void bare(SXSSFSheet sheet, List<Object[]> rows) {
        int r = 0;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int k = 0; k < values.length; k++) {
                Object v = values[k];
                if (v instanceof Number n) {
                    row.createCell(k).setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    row.createCell(k).setCellValue(d);
                } else if (v != null) {
                    row.createCell(k).setCellValue(v.toString());
                }
            }
        }
    }

    private static int query(Connection c, String sql, int year, LocalDate first, LocalDate last, SXSSFSheet sheet,
                             int rowIndex) throws Exception {
        List<Character> params = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?' && i + 1 < sql.length() && "YFL".indexOf(sql.charAt(i + 1)) >= 0) {
                params.add(sql.charAt(++i));
                jdbc.append('?');
            } else {
                jdbc.append(ch);
            }
        }
        int r = rowIndex;
        try (PreparedStatement ps = c.prepareStatement(jdbc.toString(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(500);
            for (int i = 0; i < params.size(); i++) {
                switch (params.get(i)) {
                    case 'Y' -> ps.setInt(i + 1, year);
                    case 'F' -> ps.setDate(i + 1, Date.valueOf(first));
                    default -> ps.setDate(i + 1, Date.valueOf(last));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int columns = md.getColumnCount();
                while (rs.next()) {
                    Row row = sheet.createRow(r++);
                    for (int k = 1; k <= columns; k++) {
                        Object v = rs.getObject(k);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(k - 1);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof java.sql.Date d) {
                            cell.setCellValue(d.toLocalDate());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
        }
        return r;
    }

    /** The latest year with community service in the data folder. */
    private static int latestServiceYear(Path data) {
        try (Database db = TestKeys.open(data)) {
            return db.read(dsl -> dsl.connectionResult(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT MAX(EXTRACT(YEAR FROM SERVED_ON)) FROM COMMUNITY_SERVICE")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void delete(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
