package org.dianmifeng.console.summary;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ServerCopy;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.unit.UnitScope;
import org.junit.jupiter.api.Test;

/**
 * The scale sample on the company's server (issue 15): the summary benchmark's large database (100,000 people,
 * 1,000,000 community service records in 2025, {@link LargeSummaryData}) copied onto a database of the test
 * PostgreSQL cluster with the administrator's copy ({@link ServerCopy}: every table, counts and checksums compared),
 * then the people list, the dashboard's figures (all at once, its first figures and its sums of the year's service
 * records, and each query) and the annual summary timed there and, in the same run, on the
 * embedded database. Outside the suite ({@code *Benchmark*}); run with the cluster's settings exported:
 * {@code mvn -o test -Dbee.test.db=postgres -Dtest=ServerScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The server database is dropped at the end.
 */
class ServerScaleBenchmark {
    private static final Messages ZH = Messages.of(Messages.CHINESE);

    @Test
    void theLargeSampleOnTheServer() throws Exception {
        assumeTrue(TestServer.active(), "needs the PostgreSQL server: -Dbee.test.db=postgres");
        Path root = Path.of("target", "server-scale").toAbsolutePath();
        long t0 = System.nanoTime();
        Path large = LargeSummaryData.ensure(root.resolve("large"));
        System.out.printf("ServerScaleBenchmark: large embedded database ready in %.1f s%n", secs(t0));
        // -Dscale.db=NAME keeps the server database (for EXPLAIN ANALYZE, and a run after a change without copying again)
        String kept = System.getProperty("scale.db");
        String name = kept != null ? kept : "bee_scale" + ProcessHandle.current().pid();
        boolean reuse = kept != null && exists(name);
        if (!reuse) {
            TestServer.execute("DROP DATABASE IF EXISTS " + name);
            TestServer.execute("CREATE DATABASE " + name);
        }
        try (Database h2 = TestKeys.open(large);
             Database server = Database.onServer(root.resolve("server"), TestServer.login(name),
                     Database.MIGRATIONS)) {
            if (!reuse) {
                long c0 = System.nanoTime();
                List<ServerCopy.TableCopy> copied = ServerCopy.copy(ADMIN, h2, server, Clock.systemDefaultZone(),
                        Progress.NONE);
                long rows = copied.stream().mapToLong(ServerCopy.TableCopy::rows).sum();
                System.out.printf("ServerScaleBenchmark: copied %d tables, %,d rows to the server in %.1f s, "
                        + "verified%n", copied.size(), rows, secs(c0));
            }
            server.read(dsl -> dsl.execute("ANALYZE"));
            List<String> lines = new ArrayList<>();
            for (var db : List.of(h2, server)) {
                Services s = new Services(db, Clock.systemDefaultZone());
                String where = db.onServer() ? "server" : "embedded";
                lines.add(time(where, "people, first 100 lines", () -> s.people().firstLines(ADMIN, 100).size()));
                lines.add(time(where, "people, all", () -> s.people().list(ADMIN).size()));
                lines.add(time(where, "dashboard figures 2025, all at once", () -> s.summary().figures(ADMIN, 2025,
                        null)));
                // what the dashboard shows first, then the sums of the year's service records it shows when summed
                lines.add(time(where, "dashboard first figures 2025", () -> s.summary().first(ADMIN, 2025, null)));
                lines.add(time(where, "dashboard sums of the year 2025", () -> s.summary().service(ADMIN, 2025, null)));
                for (String part : List.of("people", "teams", "party", "service", "cases", "honours", "volunteering")) {
                    lines.add(time(where, "  dashboard part: " + part, () -> db.read(dsl -> part(new SummaryStore(dsl),
                            part))));
                }
                lines.add(time(where, "party members, all", () -> s.organisation().members(ADMIN).size()));
                var branch = s.appraisals().workUnitBranches(ADMIN).get(0);
                lines.add(time(where, "appraisal board 2025, " + branch.name(),
                        () -> s.appraisals().rows(ADMIN, branch.id(), 2025).size()));
                // the volunteer-work lists (issue 17), when the database holds volunteer work (-Dscale.db's copy of
                // VolunteerWorkBenchmark's database does: 50,000 activities and 1,000,000 hours records in 2025)
                var ofYear = new org.dianmifeng.console.activity.ActivityFilter(null, null, null, null,
                        java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31), null, null);
                lines.add(time(where, "活动与时长 2025, first 100 lines", () -> s.activities().firstLines(ADMIN, ofYear,
                        100).size()));
                lines.add(time(where, "活动与时长 2025, all", () -> s.activities().list(ADMIN, ofYear).size()));
                lines.add(time(where, "志愿者, first 100 lines", () -> s.volunteers().firstLines(ADMIN, 100).size()));
                lines.add(time(where, "志愿者, all", () -> s.volunteers().list(ADMIN,
                        org.dianmifeng.console.volunteer.VolunteerFilter.ALL).size()));
                lines.add(time(where, "星级评定, all", () -> s.stars().list(ADMIN, null).size()));
                Path out = Files.createTempFile(root, "summary", ".xlsx");
                lines.add(time(where, "annual summary 2025", () -> s.summaryReport().write(ADMIN, 2025, null, out, ZH,
                        Progress.NONE)));
            }
            lines.forEach(l -> System.out.println("ServerScaleBenchmark: " + l));
        } finally {
            if (kept == null) {
                TestServer.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    /** Whether the server database {@code name} exists and holds the copy (its audit log names it). */
    private static boolean exists(String name) {
        try (Database server = Database.onServer(Path.of("target", "server-scale", "probe").toAbsolutePath(),
                TestServer.login(name), Database.MIGRATIONS)) {
            return server.read(dsl -> dsl.fetchCount(dsl.selectOne().from("audit_log").where("action = 'COPY'"))) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One of the queries of the dashboard's figures ({@link SummaryStore#counts}), for the company, 2025. */
    private static Object part(SummaryStore store, String part) {
        UnitScope all = store.scope(null);
        return switch (part) {
            case "people" -> store.peopleByUnit(all);
            case "teams" -> store.teams(all, 2025);
            case "party" -> store.partyByBranch(all, 2025);
            case "service" -> store.serviceByBranch(all, 2025);
            case "cases" -> store.casesByUnit(all, 2025);
            case "honours" -> store.honoursByLevel(all, 2025);
            default -> store.volunteerWork().volunteering(all, 2025);
        };
    }

    /** Cold once, then warm three times: the cold time and the warm median, in ms. */
    private static String time(String where, String what, Callable<?> step) throws Exception {
        long c = System.nanoTime();
        step.call();
        long cold = (System.nanoTime() - c) / 1_000_000;
        long[] warm = new long[3];
        Object result = null;
        for (int i = 0; i < warm.length; i++) {
            long w = System.nanoTime();
            result = step.call();
            warm[i] = (System.nanoTime() - w) / 1_000_000;
        }
        java.util.Arrays.sort(warm);
        return String.format("%s | %s | cold %,d ms | warm median %,d ms%s", where, what, cold, warm[1],
                result instanceof Integer rows ? " | " + rows + " rows" : "");
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
