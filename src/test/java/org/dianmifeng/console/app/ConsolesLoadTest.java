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
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jooq.impl.DSL;

/**
 * Eight consoles on one server database for a bounded time (not part of the suite: {@code *LoadTest} is excluded;
 * run it with a server: {@code mvn -o test -Dbee.test.db=postgres -Dtest=ConsolesLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, {@code -Dload.seconds=N}, default 30). Each console has its own
 * connections, signs in as a demo account and, until the time is up: the office and administrator consoles edit
 * people of a small shared set (so that edits collide), record community service, evaluate appraisals and now and
 * then write the annual summary; two secretary consoles (the demo secretary's branch) evaluate their members, propose
 * grades, confirm or return proposals (colliding with each other and with the evaluations) and now and then write
 * the appraisal result table. At the end no update was lost: each person's and each appraisal's version rose by
 * exactly the changes its consoles were told succeeded, every refused change was told to the console that lost
 * (stale, or changed since shown), and the audit log holds one entry per change of each kind. Prints throughput and
 * conflict counts.
 */
class ConsolesLoadTest {
    private static final int CONSOLES = 8;
    private static final String[] ACCOUNTS = {"admin", "office", "secretary", "office", "admin", "secretary", "admin",
        "office"};
    /** One in this many of a secretary's decisions confirms the proposal (locked then); the others return it. */
    private static final int CONFIRM_ONE_IN = 6;

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
        long auditIdBefore;
        Map<Long, Integer> appraisalStart = new ConcurrentHashMap<>();
        try (TestServices setup = new TestServices(dir)) {
            new SampleData(setup.services(), SampleData.DEFAULT_SEED).load(300, true, Progress.NONE);
            var people = setup.services().people().list(TestServices.ADMIN).stream().limit(20).toList();
            hot = people.stream().map(r -> r.id()).toList();
            people.forEach(p -> startVersion.put(p.id(), p.version()));
            // this year's appraisals begun in every work-unit branch: drafts the consoles evaluate (again)
            var appraisals = setup.services().appraisals();
            int year = appraisals.currentYear();
            appraisals.workUnitBranches(TestServices.ADMIN)
                    .forEach(b -> appraisals.start(TestServices.ADMIN, b.id(), year));
            // the secretary's members enrolled in a community get that score now, so that a unit score evaluates them
            var secretaryBranch = appraisals.workUnitBranches(TestServices.ADMIN).stream()
                    .filter(b -> b.code().equals(PartySampleData.SECRETARY_BRANCH)).findFirst().orElseThrow();
            for (AppraisalRow r : appraisals.rows(TestServices.ADMIN, secretaryBranch.id(), year)) {
                var communities = appraisals.communityBranchesFor(TestServices.ADMIN, r.id());
                if (!communities.isEmpty() && r.appraisal().communityScore() == null
                        && !r.appraisal().status().locked()) {
                    appraisals.evaluateCommunity(TestServices.ADMIN, r.id(), r.version(), communities.get(0).id(),
                            BigDecimal.valueOf(85), "负载测试准备");
                }
            }
            appraisals.workUnitBranches(TestServices.ADMIN).forEach(b -> appraisals.rows(TestServices.ADMIN,
                    b.id(), year).forEach(r -> appraisalStart.put(r.id(), r.version())));
            auditIdBefore = setup.services().database().read(dsl -> dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG)
                    .fetchOne(0, Long.class));
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
        AtomicLong proposals = new AtomicLong();
        AtomicLong confirms = new AtomicLong();
        AtomicLong returns = new AtomicLong();
        AtomicLong decisionConflicts = new AtomicLong();
        AtomicLong decisionRefused = new AtomicLong();
        AtomicLong resultTables = new AtomicLong();
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
                    if (who.role() == org.dianmifeng.console.core.Role.PARTY_SECRETARY) {
                        // a branch secretary: evaluates, proposes, confirms or returns, and prints the result table
                        var branch = s.appraisals().workUnitBranches(who).get(0);
                        int year = s.appraisals().currentYear();
                        while (System.nanoTime() < deadline) {
                            i++;
                            List<AppraisalRow> mine = s.appraisals().rows(who, branch.id(), year).stream()
                                    .filter(r -> !r.appraisal().status().locked()).toList();
                            if (mine.isEmpty()) {
                                break; // every proposal of the branch confirmed
                            }
                            AppraisalRow r = mine.get(random.nextInt(mine.size()));
                            try {
                                s.appraisals().evaluateUnit(who, r.id(), r.version(),
                                        BigDecimal.valueOf(60 + random.nextInt(40)), "书记评价");
                                appraisalSaves.incrementAndGet();
                            } catch (StaleDataException e) {
                                appraisalConflicts.incrementAndGet();
                            } catch (ConsoleException e) {
                                appraisalRefused.incrementAndGet();
                            }
                            try {
                                proposals.addAndGet(s.appraisals().propose(who, branch.id(), year));
                            } catch (StaleDataException e) {
                                decisionConflicts.incrementAndGet(); // another console changed one meanwhile
                            }
                            List<AppraisalRow> proposed = s.appraisals().rows(who, branch.id(), year).stream()
                                    .filter(x -> x.appraisal().status() == AppraisalStatus.PROPOSED).toList();
                            if (!proposed.isEmpty()) {
                                AppraisalRow p = proposed.get(random.nextInt(proposed.size()));
                                try {
                                    if (random.nextInt(CONFIRM_ONE_IN) == 0) {
                                        confirms.addAndGet(s.appraisals().confirm(who, List.of(p)).size());
                                    } else {
                                        s.appraisals().returnProposal(who, p.id(), p.version(), "负载测试：请复核");
                                        returns.incrementAndGet();
                                    }
                                } catch (StaleDataException e) {
                                    decisionConflicts.incrementAndGet();
                                } catch (ConsoleException e) {
                                    if (e.key().equals("error.appraisal.changedSinceShown")) {
                                        decisionConflicts.incrementAndGet(); // told: changed since shown
                                    } else {
                                        decisionRefused.incrementAndGet(); // e.g. no longer proposed: a rule
                                    }
                                }
                            }
                            if (i % 10 == 0) {
                                Path out = Files.createTempFile(dir, "appraisal", ".xlsx");
                                s.appraisalReport().write(who, year, null, out, Messages.of(Messages.CHINESE),
                                        Progress.NONE);
                                resultTables.incrementAndGet();
                            }
                        }
                        return null;
                    }
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
            long appraisalChanges = appraisalSaves.get() + proposals.get() + confirms.get() + returns.get();
            long changes = personSaves.get() + services.get() + appraisalChanges;
            long appraisalVersions = 0;
            var appraisals = check.services().appraisals();
            for (var b : appraisals.workUnitBranches(TestServices.ADMIN)) {
                for (AppraisalRow r : appraisals.rows(TestServices.ADMIN, b.id(), appraisals.currentYear())) {
                    appraisalVersions += r.version() - appraisalStart.getOrDefault(r.id(), r.version());
                }
            }
            long appraisalAudits = newAudits(check, auditIdBefore, "APPRAISAL", "UPDATE");
            long serviceAudits = newAudits(check, auditIdBefore, "COMMUNITY_SERVICE", "CREATE");
            long personAuditsNew = newAudits(check, auditIdBefore, "PERSON", "UPDATE");
            System.out.printf("ConsolesLoadTest: %d consoles, %.1f s: %d sign-ins, %d person saves (%d conflicts told),"
                            + " %d service records (%d refused by rule), %d appraisal evaluations (%d conflicts told, %d refused by rule),"
                            + " %d grades proposed, %d proposals confirmed, %d returned (%d conflicts told, %d refused by rule),"
                            + " %d annual summaries, %d appraisal result tables; %.1f changes/s; audit rows %d -> %d%n",
                    CONSOLES, elapsed, signIns.get(), personSaves.get(), personConflicts.get(), services.get(),
                    serviceRefused.get(),
                    appraisalSaves.get(), appraisalConflicts.get(), appraisalRefused.get(), proposals.get(),
                    confirms.get(), returns.get(), decisionConflicts.get(), decisionRefused.get(), reports.get(),
                    resultTables.get(), changes / elapsed, auditBefore, auditAfter);
            assertEquals(appraisalChanges, appraisalVersions, "each appraisal change (evaluation, proposal, confirmation,"
                    + " return) is one new version: none lost");
            assertEquals(appraisalChanges, appraisalAudits, "one audit entry per appraisal change");
            assertEquals(services.get(), serviceAudits, "one audit entry per service record");
            assertEquals(personSaves.get(), personAuditsNew, "one audit entry per person edit");
            assertTrue(proposals.get() > 0 && returns.get() > 0 && resultTables.get() > 0,
                    "the secretaries proposed, returned and printed");
            assertEquals(personSaves.get(), versions, "each saved edit is one new version: none lost");
            assertEquals(personSaves.get(), personAudits, "one audit entry per saved person edit");
            assertEquals(serviceBefore + services.get(), serviceRows, "every recorded service is there");
            assertTrue(personConflicts.get() > 0, "the consoles collided: " + personConflicts.get());
            assertEquals(CONSOLES, signIns.get());
            assertTrue(services.get() > 0 && appraisalSaves.get() > 0 && reports.get() > 0, "every kind of work ran");
            // every change and every sign-in audited once, and nothing else written to the log
            assertEquals(changes + signIns.get(), auditAfter - auditBefore, "one audit entry per change and sign-in");
        } finally {
            opened.forEach(TestServices::close);
        }
    }

    /** Audit entries written after {@code idBefore} of an entity and action. */
    private static long newAudits(TestServices t, long idBefore, String entity, String action) {
        return t.services().database().read(dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(idBefore)
                .and(AUDIT_LOG.ENTITY.eq(entity)).and(AUDIT_LOG.ACTION.eq(action))));
    }

    private static Person withNotes(Person p, String notes) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), p.volunteerNo(), p.skills(), notes, p.version());
    }
}
