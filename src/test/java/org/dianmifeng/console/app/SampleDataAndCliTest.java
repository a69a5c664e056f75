package org.dianmifeng.console.app;

import org.dianmifeng.console.testing.TestKeys;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.GradeProposer;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleDataAndCliTest {
    @TempDir Path dir;

    @Test
    void sampleDataIsDeterministicValidAndFromTheBrief(@TempDir Path other) {
        List<PersonRow> first = load(dir);
        List<PersonRow> second = load(other);
        assertEquals(400, first.size());
        assertEquals(first.stream().map(PersonRow::idNumber).toList(), second.stream().map(PersonRow::idNumber).toList(),
                "the same seed makes the same people");
        assertTrue(first.stream().allMatch(p -> ResidentId.problem(p.idNumber()).isEmpty()), "every ID number is valid");
        long party = first.stream().filter(p -> p.politicalStatus().isPartyMember()).count();
        assertTrue(party > 400 / 4 && party < 400 / 2, "between a quarter and a half are party members: " + party);
        List<PersonRow> pilot = first.stream().filter(p -> p.unitName().contains("宜兴") || p.unitName().matches(
                "宜城.*|丁蜀.*|和桥.*|官林.*|张渚.*")).toList();
        long pilotParty = pilot.stream().filter(p -> p.politicalStatus().isPartyMember()).count();
        assertTrue(pilot.size() > 400 / 5 && pilotParty > pilot.size() / 2,
                "a quarter work at the 宜兴 pilot, most of them party members: " + pilotParty + "/" + pilot.size());
        try (TestServices t = new TestServices(dir)) {
            var teams = t.services().teams().list(ADMIN);
            assertEquals(19, teams.size());
            assertTrue(teams.stream().anyMatch(r -> r.team().name().contains("江阴澄心澄意")));
            assertTrue(teams.stream().anyMatch(r -> r.team().name().contains("宜兴蜜蜂行动")));
            assertEquals(7, t.services().units().all(ADMIN).stream()
                    .filter(u -> u.parentId() == null || u.kind().name().matches("COUNTY|CENTRE")).count());
        }
    }

    @Test
    void aCancelledLoadLeavesNothing() {
        try (TestServices t = new TestServices(dir)) {
            assertThrows(Progress.CancelledException.class,
                    () -> new SampleData(t.services(), 1).load(100, false, TestServices.CANCELLED));
            assertTrue(t.services().units().all(ADMIN).isEmpty(), "no unit saved by a cancelled load");
            assertThrows(ConsoleException.class, () -> {
                new SampleData(t.services(), 1).load(10, false, Progress.NONE);
                new SampleData(t.services(), 1).load(10, false, Progress.NONE);
            });
        }
    }

    @Test
    void demoCommandRefusesAFolderThatHoldsADatabase() {
        TestKeys.open(dir).close();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("demo", "--data", dir.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains(dir.toString()), err.toString());
    }

    @Test
    void helpAndVersionNeedNoWindow() {
        StringWriter out = new StringWriter();
        CommandLine cl = Cli.newCommandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--help"));
        assertTrue(out.toString().contains("--data"));
        assertTrue(out.toString().contains("demo"));
        StringWriter version = new StringWriter();
        CommandLine v = Cli.newCommandLine();
        v.setOut(new PrintWriter(version));
        assertEquals(0, v.execute("--version"));
        assertFalse(version.toString().isBlank());
    }

    @Test
    void theYixingPilotHasBranchesEnrolledMembersAYearOfWorkAndAppraisalsAtEveryStatus() {
        try (TestServices t = new TestServices(dir)) {
            new SampleData(t.services(), SampleData.DEFAULT_SEED).load(400, true, Progress.NONE);
            var org = t.services().organisation();
            var members = org.members(ADMIN);
            assertTrue(members.size() > 30, "party members at the pilot: " + members.size());
            assertTrue(members.stream().allMatch(m -> m.branchName().contains("党支部")));
            long enrolled = members.stream().filter(m -> m.enrolled()).count();
            assertTrue(enrolled > members.size() * 8 / 10 && enrolled < members.size(),
                    "most reported to a community, a few never did: " + enrolled + "/" + members.size());
            assertEquals(11, org.communities(ADMIN).size());
            for (var m : members) {
                var history = org.enrolments(ADMIN, m.id());
                assertTrue(history.stream().filter(e -> e.enrolment().active()).count() <= 1,
                        "one active enrolment: " + m.name());
                assertTrue(history.stream().noneMatch(e -> e.enrolment().reportedOn().isBefore(m.joinedOn())),
                        "reported to a community after joining the party: " + m.name());
            }

            var appraisals = t.services().appraisals();
            var rules = t.services().partySettings().rules();
            java.util.Set<AppraisalStatus> thisYear = java.util.EnumSet.noneOf(AppraisalStatus.class);
            int year = LocalDate.now(TestServices.CLOCK).getYear();
            for (var branch : appraisals.workUnitBranches(ADMIN)) {
                var last = appraisals.rows(ADMIN, branch.id(), year - 1);
                assertTrue(last.stream().allMatch(r -> r.status() == AppraisalStatus.CONFIRMED), branch.name());
                long excellent = last.stream().filter(r -> r.grade() == Grade.EXCELLENT).count();
                assertTrue(excellent <= GradeProposer.excellentPlaces(rules, last.size()),
                        "at most a third excellent in " + branch.name() + ": " + excellent + "/" + last.size());
                appraisals.rows(ADMIN, branch.id(), year).forEach(r -> thisYear.add(r.status()));
            }
            assertEquals(java.util.EnumSet.allOf(AppraisalStatus.class), thisYear, "this year at every status");

            var secretary = t.services().accounts().login("secretary", SampleData.DEMO_PASSWORD.toCharArray());
            var scoped = org.members(secretary);
            assertTrue(!scoped.isEmpty() && scoped.size() < members.size(), "the demo secretary sees one branch");
            assertEquals(1, scoped.stream().map(m -> m.branchName()).distinct().count());
        }
    }

    @Test
    void theDreamRoomCasesFollowTheRulesOfTheServicesAndTheSixOfHuashiAreThere() {
        try (TestServices t = new TestServices(dir)) {
            new SampleData(t.services(), SampleData.DEFAULT_SEED).load(400, true, Progress.NONE);
            var cases = t.services().aidCases();
            var work = t.services().caseWork();
            var rows = cases.list(ADMIN);
            assertTrue(rows.size() >= 18, "the six of 华士镇 and a dozen elsewhere: " + rows.size());
            assertEquals(6, rows.stream().filter(r -> r.code().startsWith("DR-2022-") && "华士镇".equals(r.township())).count());
            assertEquals(java.util.EnumSet.allOf(org.dianmifeng.console.aidcase.AidCaseStatus.class),
                    rows.stream().map(r -> r.status()).collect(java.util.stream.Collectors.toCollection(
                            () -> java.util.EnumSet.noneOf(org.dianmifeng.console.aidcase.AidCaseStatus.class))),
                    "a case at every stage");
            assertTrue(rows.stream().allMatch(r -> r.identity() == null), "pseudonymised for the administrator");
            for (var r : rows) {
                var history = cases.history(ADMIN, r.id());
                for (var e : history) {
                    assertTrue(e.from() == null || e.from().canMoveTo(e.to()), r.code() + ": " + e.from() + " → " + e.to());
                    assertTrue(e.from() == null || !e.from().needsReason(e.to()) || e.reason() != null, r.code());
                }
                assertEquals(r.status(), history.get(history.size() - 1).to(), r.code());
                if (r.status() == org.dianmifeng.console.aidcase.AidCaseStatus.CLOSED) {
                    assertEquals(0, work.openFollowUps(ADMIN, r.id()), r.code() + " closed with every follow-up done");
                }
            }
            var huashi = rows.stream().filter(r -> r.code().equals("DR-2022-001")).findFirst().orElseThrow();
            assertEquals(List.of("点亮书桌 照亮梦想", "体验电力人的一天", "爱心暑期辅导班"),
                    work.followUps(ADMIN, huashi.id()).stream().map(f -> f.activity()).limit(3).toList());
            assertFalse(work.dueSoon(ADMIN).isEmpty(), "some follow-ups are overdue or due this week");

            var officer = t.services().accounts().login("officer", SampleData.DEMO_PASSWORD.toCharArray());
            var child = cases.reveal(officer, huashi.id(), "核对样例数据").identity();
            assertTrue(child.birthDate().isAfter(LocalDate.now(TestServices.CLOCK).minusYears(18)), "a minor");
            assertTrue(org.dianmifeng.console.core.ResidentId.problem(child.idNumber()).isEmpty());
        }
    }

    private static List<PersonRow> load(Path folder) {
        try (TestServices t = new TestServices(folder)) {
            new SampleData(t.services(), SampleData.DEFAULT_SEED).load(400, false, Progress.NONE);
            return t.services().people().list(ADMIN).stream()
                    .sorted(java.util.Comparator.comparing(PersonRow::idNumber)).toList();
        }
    }
}
