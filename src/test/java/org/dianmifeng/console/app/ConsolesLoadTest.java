package org.dianmifeng.console.app;

import static org.dianmifeng.console.db.Tables.AUDIT_LOG;
import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight consoles on one server database for a bounded time (not part of the suite: {@code *LoadTest} is excluded;
 * run it with a server: {@code mvn -o test -Dbee.test.db=postgres -Dtest=ConsolesLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, {@code -Dload.seconds=N}, default 30). Each console has its own
 * connections, signs in as a demo account and, until the time is up, edits people of a small shared set (so that
 * edits collide), records community service, evaluates appraisals and now and then writes the annual summary. At
 * the end no update was lost: each person's version rose by exactly the saves its consoles were told succeeded,
 * every refused save was told as stale to the console that lost, and the audit log holds one entry per change.
 * Prints throughput and conflict counts.
 */
class ConsolesLoadTest {
    private static final int CONSOLES = 8;
    private static final String[] ACCOUNTS = {"admin", "office", "admin", "office", "admin", "office", "admin", "office"};

    @TempDir
    Path dir;

    @Test
    void eightConsolesLoseNoUpdate() throws Exception {
        assumeTrue(TestServer.active(), "needs the PostgreSQL server: -Dbee.test.db=postgres");
        long seconds = Long.getLong("load.seconds", 30);
        List<Long> hot;
        Map<Long, Integer> startVersion = new ConcurrentHashMap<>();
        long auditBefore;
        long serviceBefore;
        try (TestServices setup = new TestServices(dir)) {
            new SampleData(setup.services(), SampleData.DEFAULT_SEED).load(300, true, Progress.NONE);
            var people = setup.services().people().list(TestServices.ADMIN).stream().limit(20).toList();
            hot = people.stream().map(r -> r.id()).toList();
            people.forEach(p -> startVersion.put(p.id(), p.version()));
            // this year's appraisals begun in every work-unit branch: drafts the consoles evaluate (again)
            var appraisals = setup.services().appraisals();
            appraisals.workUnitBranches(TestServices.ADMIN)
                    .forEach(b -> appraisals.start(TestServices.ADMIN, b.id(), appraisals.currentYear()));
            auditBefore = setup.services().database().read(dsl -> dsl.fetchCount(AUDIT_LOG));
            serviceBefore = setup.services().database().read(dsl -> dsl.fetchCount(COMMUNITY_SERVICE));
        }
        AtomicLong personSaves = new AtomicLong();
        AtomicLong personConflicts = new AtomicLong();
        AtomicLong services = new AtomicLong();
        AtomicLong serviceRefused = new AtomicLong();
        AtomicLong appraisalSaves = new AtomicLong();
        AtomicLong appraisalConflicts = new AtomicLong();
        AtomicLong appraisalRefused = new AtomicLong();
        AtomicLong reports = new AtomicLong();
        AtomicLong signIns = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CONSOLES);
        List<Future<?>> consoles = new ArrayList<>();
        List<TestServices> opened = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int c = 0; c < CONSOLES; c++) {
                TestServices console = new TestServices(dir);
                opened.add(console);
                String account = ACCOUNTS[c];
                Random random = new Random(c);
                consoles.add(pool.submit(() -> {
                    Services s = console.services();
                    Session who = s.accounts().login(account, SampleData.DEMO_PASSWORD.toCharArray());
                    signIns.incrementAndGet();
                    List<AppraisalRow> rows = new ArrayList<>();
                    s.appraisals().workUnitBranches(who).forEach(b -> rows.addAll(
                            s.appraisals().rows(who, b.id(), s.appraisals().currentYear())));
                    int i = 0;
                    while (System.nanoTime() < deadline) {
                        i++;
                        long id = hot.get(random.nextInt(hot.size()));
                        Person p = s.people().get(who, id);
                        try {
                            s.people().update(who, withNotes(p, account + " " + i));
                            personSaves.incrementAndGet();
                        } catch (StaleDataException e) {
                            personConflicts.incrementAndGet();
                        }
                        if (!rows.isEmpty()) {
                            AppraisalRow r = rows.get(random.nextInt(rows.size()));
                            var member = r.appraisal().memberId();
                            var community = s.communityWork().enrolledCommunities(who, member);
                            if (!community.isEmpty()) {
                                try {
                                    s.communityWork().addService(who, new ServiceRecord(null, member,
                                            community.get(community.size() - 1).id(), LocalDate.now(TestServices.CLOCK),
                                            "负载测试 " + i, BigDecimal.valueOf(1 + i % 4), who.username(), null));
                                    services.incrementAndGet();
                                } catch (ConsoleException e) {
                                    serviceRefused.incrementAndGet(); // no longer enrolled there: a rule
                                }
                            }
                            var fresh = s.appraisals().rows(who, r.appraisal().branchId(), r.appraisal().year())
                                    .stream().filter(x -> x.id() == r.id()).findFirst().orElseThrow();
                            try {
                                s.appraisals().evaluateUnit(who, fresh.id(), fresh.version(),
                                        BigDecimal.valueOf(60 + random.nextInt(40)), "负载测试");
                                appraisalSaves.incrementAndGet();
                            } catch (StaleDataException e) {
                                appraisalConflicts.incrementAndGet();
                            } catch (ConsoleException e) {
                                appraisalRefused.incrementAndGet(); // a status that takes no evaluation: a rule
                            }
                        }
                        if (i % 25 == 0) {
                            Path out = Files.createTempFile(dir, "summary", ".xlsx");
                            s.summaryReport().write(who, 2025, null, out, Messages.of(Messages.CHINESE), Progress.NONE);
                            reports.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : consoles) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        try (TestServices check = new TestServices(dir)) {
            long versions = 0;
            for (long id : hot) {
                versions += check.services().people().get(TestServices.ADMIN, id).version() - startVersion.get(id);
            }
            long personAudits = check.services().database().read(dsl -> dsl.fetchCount(AUDIT_LOG,
                    AUDIT_LOG.ENTITY.eq("PERSON").and(AUDIT_LOG.ACTION.eq("UPDATE")).and(AUDIT_LOG.ENTITY_ID.in(hot))));
            long serviceRows = check.services().database().read(dsl -> dsl.fetchCount(COMMUNITY_SERVICE));
            long auditAfter = check.services().database().read(dsl -> dsl.fetchCount(AUDIT_LOG));
            long changes = personSaves.get() + services.get() + appraisalSaves.get();
            System.out.printf("ConsolesLoadTest: %d consoles, %.1f s: %d sign-ins, %d person saves (%d conflicts told),"
                            + " %d service records (%d refused by rule), %d appraisal evaluations (%d conflicts told, %d refused by rule),"
                            + " %d annual summaries; %.1f changes/s; audit rows %d -> %d%n",
                    CONSOLES, elapsed, signIns.get(), personSaves.get(), personConflicts.get(), services.get(),
                    serviceRefused.get(),
                    appraisalSaves.get(), appraisalConflicts.get(), appraisalRefused.get(), reports.get(),
                    changes / elapsed, auditBefore, auditAfter);
            assertEquals(personSaves.get(), versions, "each saved edit is one new version: none lost");
            assertEquals(personSaves.get(), personAudits, "one audit entry per saved person edit");
            assertEquals(serviceBefore + services.get(), serviceRows, "every recorded service is there");
            assertTrue(personConflicts.get() > 0, "the consoles collided: " + personConflicts.get());
            assertEquals(CONSOLES, signIns.get());
            assertTrue(services.get() > 0 && appraisalSaves.get() > 0 && reports.get() > 0, "every kind of work ran");
            // every change and every sign-in audited once (logins and summaries write their own entries too)
            assertTrue(auditAfter - auditBefore >= changes + CONSOLES, (auditAfter - auditBefore) + " < " + changes);
        } finally {
            opened.forEach(TestServices::close);
        }
    }

    private static Person withNotes(Person p, String notes) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), p.volunteerNo(), p.skills(), notes, p.version());
    }
}
