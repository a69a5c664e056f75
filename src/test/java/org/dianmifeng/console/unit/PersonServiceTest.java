package org.dianmifeng.console.unit;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.dianmifeng.console.testing.TestServices.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonServiceTest {
    /** A man born 1990-01-01 in 江阴 (region 320281), without the check digit. */
    static final String MAN = "32028119900101123";
    /** A woman born 1985-06-15 in 宜兴 (region 320282), without the check digit. */
    static final String WOMAN = "32028219850615002";

    @TempDir Path dir;
    TestServices t;
    PersonService people;
    Unit jiangyin;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        people = t.services().people();
        jiangyin = t.unit("JY", "江阴市供电公司", t.city());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static Problem problem(ValidationException e, String field) {
        return e.problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem on " + field + " in " + e.problems()));
    }

    private ValidationException refused(Person p) {
        return assertThrows(ValidationException.class, () -> people.create(OFFICE, p));
    }

    private static Person withMobile(Person p, String mobile) {
        return p.withMobile(mobile);
    }

    @Test
    void refusesAWrongCheckDigit() {
        String good = ResidentId.withCheckDigit(MAN);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        Person p = draft("张伟", MAN, jiangyin).withIdNumber(MAN + wrong);
        assertEquals("error.idNumber.checkDigit", problem(refused(p), "person.idNumber").key());
        assertTrue(people.list(ADMIN).isEmpty());
    }

    @Test
    void refusesAnIdBornAfterTheServicesTodayAndSavesResidencePermits() {
        // the services' clock says 2026-11-29 (TestServices.CLOCK)
        Problem future = problem(refused(draft("张伟", "32028120261130123", jiangyin)), "person.idNumber");
        assertEquals("error.idNumber.futureBirthDate", future.key());
        assertTrue(future.localized(Messages.of(Messages.CHINESE)).contains("晚于今天"));
        assertEquals("error.idNumber.futureBirthDate",
                problem(refused(draft("张伟", "32028120990101123", jiangyin)), "person.idNumber").key());
        people.create(OFFICE, draft("今天出生", "32028120261129123", jiangyin));
        // residence permits of Hong Kong, Macao and Taiwan residents, a foreigner's permanent residence card
        for (String first17 : List.of("81000019900101001", "82000019900101002", "83000019900101003", "93268219850101001")) {
            Person saved = people.create(OFFICE, draft("持证人" + first17.substring(0, 2), first17, jiangyin));
            assertEquals(ResidentId.withCheckDigit(first17), people.get(ADMIN, saved.id()).idNumber());
        }
        assertEquals(5, people.list(ADMIN).size());
    }

    /** The list is in the order the database sorts names (then ids), though it is sorted after reading. */
    @Test
    void listsByNameThenIdAsTheDatabaseSorts() throws Exception {
        List<String> names = List.of("张伟", "王芳", "Zhang", "李娜", "张伟", "abc", "王芳芳");
        for (int i = 0; i < names.size(); i++) {
            people.create(OFFICE, draft(names.get(i), String.format("320281199001%02d123", i + 1), jiangyin));
        }
        List<Long> byDatabase = t.services().database().read(dsl -> dsl.resultQuery(
                "SELECT ID FROM PERSON ORDER BY NAME, ID").fetch(0, Long.class));
        assertEquals(byDatabase, people.list(ADMIN).stream().map(PersonRow::id).toList());
        // the first lines, shown while the list is read, are its first lines, masked as it masks
        for (var who : List.of(ADMIN, VIEWER)) {
            assertEquals(people.list(who).subList(0, 4), people.firstLines(who, 4), who.username());
        }
        assertTrue(people.firstLines(VIEWER, 2).stream().noneMatch(r -> r.idNumber().startsWith("3202811990")),
                "a viewer's first lines are masked");
    }

    /** The person picker's search and the audit log's text filter take % and _ as the characters typed. */
    @Test
    void searchesTakePercentAndUnderscoreAsTyped() {
        Person zhang = people.create(OFFICE, new Person(null, "张_伟", Gender.MALE, LocalDate.of(1990, 1, 1),
                ResidentId.withCheckDigit(MAN), null, jiangyin.id(), "E_01", PoliticalStatus.MASSES, null, null, null, null));
        people.create(OFFICE, new Person(null, "张X伟", Gender.FEMALE, LocalDate.of(1985, 6, 15),
                ResidentId.withCheckDigit(WOMAN), null, jiangyin.id(), "EX01", PoliticalStatus.MASSES, null, null, null, null));
        people.create(OFFICE, draft("王芳", "32028119900101125", jiangyin));

        assertEquals(List.of(), people.search(VIEWER, "  ", 10), "blank finds nothing (as before)");
        assertEquals(List.of(), people.search(VIEWER, "%", 10), "no name or number has a %");
        assertEquals(List.of(), people.search(VIEWER, "张%伟", 10));
        assertEquals(List.of(zhang.id()), people.search(VIEWER, "_", 10).stream().map(PersonRef::id).toList(),
                "_ only where there is one");
        assertEquals(List.of(zhang.id()), people.search(VIEWER, "张_伟", 10).stream().map(PersonRef::id).toList());
        assertEquals(List.of(zhang.id()), people.search(VIEWER, "E_0", 10).stream().map(PersonRef::id).toList());
        assertEquals(List.of(), people.search(VIEWER, "!", 10), "the escape character is a character too");
        assertEquals(2, people.search(VIEWER, "张", 10).size());

        List<AuditEntry> percent = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "PERSON", "%", 100));
        assertEquals(List.of(), percent, "no audit line has a %");
        List<AuditEntry> underscore = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "PERSON", "张_伟", 100));
        assertEquals(List.of("张_伟"), underscore.stream().map(AuditEntry::summary).toList());
        assertEquals(2, t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "PERSON", "张", 100)).size());
    }

    @Test
    void refusesAnIdThatDisagreesWithTheBirthDate() {
        Person d = draft("张伟", MAN, jiangyin);
        Person p = new Person(null, d.name(), d.gender(), LocalDate.of(1990, 1, 2), d.idNumber(), d.mobile(), d.unitId(),
                null, d.politicalStatus(), null, null, null, null);
        Problem problem = problem(refused(p), "person.birthDate");
        assertEquals("error.person.idBirthDate", problem.key());
        String text = problem.localized(Messages.of(Messages.CHINESE));
        assertTrue(text.contains("1990-01-01") && text.contains("1990-01-02"), text);
    }

    @Test
    void refusesAnIdThatDisagreesWithTheGender() {
        Person d = draft("张伟", MAN, jiangyin);
        Person asWoman = new Person(null, d.name(), Gender.FEMALE, d.birthDate(), d.idNumber(), null, d.unitId(), null,
                d.politicalStatus(), null, null, null, null);
        assertEquals("error.person.idGenderMale", problem(refused(asWoman), "person.gender").key());
        Person w = draft("李娜", WOMAN, jiangyin);
        Person asMan = new Person(null, w.name(), Gender.MALE, w.birthDate(), w.idNumber(), null, w.unitId(), null,
                w.politicalStatus(), null, null, null, null);
        assertEquals("error.person.idGenderFemale", problem(refused(asMan), "person.gender").key());
    }

    @Test
    void checksTheMobileRules() {
        Person d = draft("张伟", MAN, jiangyin);
        assertEquals("error.mobile.length", problem(refused(withMobile(d, "1391234567")), "person.mobile").key());
        assertEquals("error.mobile.length", problem(refused(withMobile(d, "139123456789")), "person.mobile").key());
        assertEquals("error.mobile.prefix", problem(refused(withMobile(d, "12912345678")), "person.mobile").key());
        assertEquals("error.mobile.chars", problem(refused(withMobile(d, "139abc45678")), "person.mobile").key());
        assertEquals("error.mobile.chars", problem(refused(withMobile(d, "+8613912345678")), "person.mobile").key());
        Person saved = people.create(OFFICE, withMobile(d, " 139 1234-5678 "));
        assertEquals("13912345678", saved.mobile());
        Person noPhone = people.create(OFFICE, withMobile(draft("李娜", WOMAN, jiangyin), "  "));
        assertEquals(null, noPhone.mobile());
    }

    @Test
    void refusesEmptyRequiredFieldsAndSavesNothing() {
        Person empty = new Person(null, "  ", null, null, "", "", null, null, null, null, null, null, null);
        ValidationException e = refused(empty);
        for (String field : List.of("person.name", "person.gender", "person.birthDate", "person.idNumber",
                "person.unit", "person.politicalStatus")) {
            assertEquals("error.required", problem(e, field).key(), field);
        }
        assertFalse(e.hasProblem("person.mobile"));
        assertTrue(people.list(ADMIN).isEmpty());
    }

    @Test
    void refusesOverLongText() {
        Person d = draft("x".repeat(51), MAN, jiangyin);
        Person p = new Person(null, d.name(), d.gender(), d.birthDate(), d.idNumber(), null, d.unitId(), "E".repeat(21),
                d.politicalStatus(), "V".repeat(31), "s".repeat(201), "备".repeat(1001), null);
        ValidationException e = refused(p);
        for (String field : List.of("person.name", "person.employeeNo", "person.volunteerNo", "person.skills",
                "person.notes")) {
            assertEquals("error.tooLong", problem(e, field).key(), field);
        }
        assertEquals(List.of(1000, 1001), problem(e, "person.notes").args());
        Person fifty = new Person(null, "名".repeat(50), d.gender(), d.birthDate(), d.idNumber(), null, d.unitId(), null,
                d.politicalStatus(), null, null, "备".repeat(1000), null);
        assertEquals(50, people.create(OFFICE, fifty).name().length());
    }

    @Test
    void refusesADuplicateIdNumberNamingWhoHasIt() {
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        t.person("王芳", WOMAN, jiangyin);
        Person again = draft("王芳二", WOMAN, yixing);
        Problem p = problem(refused(again), "person.idNumber");
        assertEquals("error.person.duplicateId", p.key());
        assertEquals(List.of("王芳", "江阴市供电公司"), p.args());
        String text = new ValidationException(List.of(p)).localized(Messages.of(Messages.CHINESE));
        assertTrue(text.contains("王芳") && text.contains("江阴市供电公司"), text);
        assertTrue(text.startsWith("身份证号："), "the field named, with the Chinese colon: " + text);
        assertTrue(new ValidationException(List.of(p)).localized(Messages.of(Messages.ENGLISH)).startsWith("ID number: "));

        Person other = t.person("张伟", MAN, yixing);
        Person w = draft("张伟", WOMAN, yixing);
        Person sameIdAsWangFang = new Person(other.id(), other.name(), w.gender(), w.birthDate(), w.idNumber(),
                other.mobile(), other.unitId(), null, other.politicalStatus(), null, null, null, other.version());
        ValidationException onUpdate = assertThrows(ValidationException.class,
                () -> people.update(OFFICE, sameIdAsWangFang));
        assertEquals("error.person.duplicateId", problem(onUpdate, "person.idNumber").key());
        assertEquals(2, people.list(ADMIN).size());
    }

    @Test
    void refusesAVolunteerNumberAnotherPersonHolds() {
        Person d = draft("王芳", WOMAN, jiangyin);
        Person wang = people.create(OFFICE, new Person(null, d.name(), d.gender(), d.birthDate(), d.idNumber(), null,
                d.unitId(), null, d.politicalStatus(), "V2025000007", null, null, null));
        Person z = draft("张伟", MAN, jiangyin);
        Person zhang = new Person(null, z.name(), z.gender(), z.birthDate(), z.idNumber(), null, z.unitId(), null,
                z.politicalStatus(), "V2025000007", null, null, null);
        Problem p = problem(refused(zhang), "person.volunteerNo");
        assertEquals("error.person.duplicateVolunteerNo", p.key());
        assertEquals(List.of("V2025000007", "王芳", "江阴市供电公司"), p.args());

        Person saved = people.create(OFFICE, new Person(null, z.name(), z.gender(), z.birthDate(), z.idNumber(), null,
                z.unitId(), null, z.politicalStatus(), "V2025000008", null, null, null));
        Person takesWangs = new Person(saved.id(), saved.name(), saved.gender(), saved.birthDate(), saved.idNumber(),
                null, saved.unitId(), null, saved.politicalStatus(), "V2025000007", null, null, saved.version());
        assertEquals("error.person.duplicateVolunteerNo", problem(assertThrows(ValidationException.class,
                () -> people.update(OFFICE, takesWangs)), "person.volunteerNo").key());
        Person wangAgain = people.get(OFFICE, wang.id());
        Person keepsOwn = new Person(wangAgain.id(), wangAgain.name(), wangAgain.gender(), wangAgain.birthDate(),
                wangAgain.idNumber(), "13912345678", wangAgain.unitId(), null, wangAgain.politicalStatus(),
                "V2025000007", null, null, wangAgain.version());
        assertEquals("13912345678", people.update(OFFICE, keepsOwn).mobile(), "one's own number is no clash");
        assertEquals("V2025000008", people.get(OFFICE, saved.id()).volunteerNo(), "nothing half-saved");
    }

    @Test
    void aViewerMayNotCreateEditOrDelete() {
        assertThrows(AccessDeniedException.class, () -> people.create(VIEWER, draft("张伟", MAN, jiangyin)));
        assertThrows(AccessDeniedException.class, () -> people.create(SECRETARY, draft("张伟", MAN, jiangyin)));
        assertTrue(people.list(ADMIN).isEmpty());
        Person saved = t.person("张伟", MAN, jiangyin);
        assertThrows(AccessDeniedException.class, () -> people.update(VIEWER, saved));
        assertThrows(AccessDeniedException.class, () -> people.delete(VIEWER, saved.id(), saved.version()));
        assertEquals(1, people.list(ADMIN).size());
    }

    @Test
    void masksIdNumberAndPhoneForRolesThatMayNotSeeThem() {
        Person saved = t.person("张伟", MAN, jiangyin);
        String id = saved.idNumber();
        for (var who : List.of(VIEWER, SECRETARY)) {
            PersonRow row = people.list(who).get(0);
            assertEquals(id.substring(0, 3) + "*".repeat(13) + id.substring(16), row.idNumber());
            assertEquals(java.time.Year.of(1990), row.birthDate(), "the birth year only");
            assertNull(people.get(who, saved.id()).birthDate(), "no birth date in the masked person");
            assertEquals("139****5678", row.mobile());
            assertEquals("139****5678", people.get(who, saved.id()).mobile());
            assertFalse(people.get(who, saved.id()).idNumber().contains("19900101"));
            assertEquals("张伟", row.name());
            assertEquals("江阴市供电公司", row.unitName());
        }
        assertEquals(id, people.list(OFFICE).get(0).idNumber());
        assertEquals("13912345678", people.list(OFFICE).get(0).mobile());
        assertEquals(id, people.get(OFFICE, saved.id()).idNumber());
    }

    @Test
    void whatAMaskedRoleLeavesAsShownKeepsTheStoredIdPhoneAndBirthDate() {
        // no role edits people without seeing them in clear today; the rule of the save holds for one anyway
        Person saved = t.person("张伟", MAN, jiangyin);
        Person shown = saved.shownTo(Role.VIEWER);
        assertNull(shown.birthDate());
        assertEquals(Masking.idNumber(saved.idNumber()), shown.idNumber());
        Person kept = PersonService.keepMasked(shown.cleaned(), saved);
        assertEquals(saved.idNumber(), kept.idNumber());
        assertEquals(saved.mobile(), kept.mobile());
        assertEquals(saved.birthDate(), kept.birthDate());
        Person changed = PersonService.keepMasked(shown.withMobile("13800001111"), saved);
        assertEquals("13800001111", changed.mobile());
        assertEquals(saved.idNumber(), changed.idNumber());
        assertEquals(saved, saved.shownTo(Role.OFFICE_STAFF), "in clear for a role that may see it");
    }

    @Test
    void auditsChangesWithMaskedIdAndPhone() {
        Person saved = t.person("张伟", MAN, jiangyin);
        people.update(OFFICE, new Person(saved.id(), "张伟伟", saved.gender(), saved.birthDate(), saved.idNumber(),
                "13800001111", saved.unitId(), "E001", saved.politicalStatus(), null, null, null, saved.version()));
        List<AuditEntry> log = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "PERSON", null, 10));
        assertEquals(2, log.size());
        AuditEntry update = log.get(0);
        assertEquals("UPDATE", update.action().name());
        assertEquals("office", update.username());
        assertEquals(saved.id(), update.entityId());
        assertTrue(update.after().contains("name=张伟伟"), update.after());
        assertTrue(update.after().contains("idNumber=" + saved.idNumber().substring(0, 3) + "*".repeat(13)
                + saved.idNumber().substring(16) + ";"), update.after());
        assertTrue(update.after().contains("mobile=138****1111"), update.after());
        for (AuditEntry e : log) {
            String all = e.summary() + e.before() + e.after();
            assertFalse(all.contains(saved.idNumber()), all);
            assertFalse(all.contains("13912345678") || all.contains("13800001111"), all);
        }
    }

    @Test
    void theSecondOfTwoEditsIsToldItIsStale() {
        Person saved = t.person("张伟", MAN, jiangyin);
        Person first = people.get(OFFICE, saved.id());
        Person second = people.get(ADMIN, saved.id());
        people.update(OFFICE, withSkills(first, "电工"));
        assertThrows(StaleDataException.class, () -> people.update(ADMIN, withSkills(second, "宣讲")));
        assertEquals("电工", people.get(ADMIN, saved.id()).skills());
        assertThrows(StaleDataException.class, () -> people.delete(ADMIN, second.id(), second.version()));
    }

    private static Person withSkills(Person p, String skills) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), p.volunteerNo(), skills, p.notes(), p.version());
    }

    @Test
    void refusesToDeleteAPersonATeamPointsTo() {
        Person member = t.person("张伟", MAN, jiangyin);
        Person leader = t.person("李娜", WOMAN, jiangyin);
        t.services().database().transaction(dsl -> {
            dsl.execute("INSERT INTO TEAM (NAME, KIND, UNIT_ID, LEADER_ID) VALUES (?, 'PARTY_MEMBER', ?, ?)",
                    "澄心澄意共产党员服务队", jiangyin.id(), leader.id());
            long team = ((Number) dsl.fetchValue("SELECT ID FROM TEAM WHERE NAME = ?", "澄心澄意共产党员服务队")).longValue();
            dsl.execute("INSERT INTO TEAM_MEMBER (TEAM_ID, PERSON_ID, JOINED_ON, ROLE) VALUES (?, ?, DATE '2024-03-01', 'MEMBER')",
                    team, member.id());
            return null;
        });
        ConsoleException asMember = assertThrows(ConsoleException.class,
                () -> people.delete(OFFICE, member.id(), member.version()));
        assertEquals("error.person.inUse", asMember.key());
        assertEquals(List.of("张伟", 1, 0, 0, 0), List.of(asMember.args()));
        ConsoleException asLeader = assertThrows(ConsoleException.class,
                () -> people.delete(OFFICE, leader.id(), leader.version()));
        assertEquals(List.of("李娜", 0, 1, 0, 0), List.of(asLeader.args()));
        assertEquals(2, people.list(ADMIN).size());

        t.services().database().transaction(dsl -> dsl.execute("DELETE FROM TEAM_MEMBER"));
        assertEquals("张伟", people.delete(OFFICE, member.id(), member.version()).name());
        assertEquals(1, people.list(ADMIN).size());
        var log = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "PERSON", null, 1));
        assertEquals("DELETE", log.get(0).action().name());
        assertFalse(log.get(0).before().contains(member.idNumber()));
    }

    @Test
    void deletesAVolunteerWithTheirRegistrationButRefusesOneWithServiceHours() {
        Person registered = t.person("张伟", MAN, jiangyin);
        Person served = t.person("李娜", WOMAN, jiangyin);
        VolunteerWorkFixtures work = new VolunteerWorkFixtures(t);
        work.volunteer(registered, LocalDate.of(2024, 3, 1));
        work.volunteer(served, LocalDate.of(2024, 3, 1));
        Team team = t.services().teams().create(ADMIN, new Team(null, "澄心澄意共产党员服务队", TeamKind.PARTY_MEMBER,
                jiangyin.id(), null, null, null, null, true, null));
        long activity = work.activity("用电安全宣讲", "LECTURE", team, null, LocalDateTime.of(2026, 5, 1, 9, 0), "2.0");
        work.hours(activity, team, LocalDate.of(2026, 5, 1), served, "2.0", "APPROVED");

        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> people.delete(OFFICE, served.id(), served.version()));
        assertEquals("error.person.inVolunteerWork", refused.key());
        assertEquals(List.of("李娜", 1, 0, 0, 0), List.of(refused.args()));
        assertEquals("张伟", people.delete(OFFICE, registered.id(), registered.version()).name());
        assertEquals(1, (int) t.services().database().read(dsl -> dsl.fetchCount(
                org.dianmifeng.console.db.Tables.VOLUNTEER)), "the deleted person's registration went with them");
    }

    @Test
    void refusesADeactivatedOrMissingUnit() {
        Unit station = t.unit("JY-1", "华士供电所", jiangyin);
        Unit off = t.services().units().setActive(ADMIN, station, false);
        Problem inactive = problem(refused(draft("张伟", MAN, off)), "person.unit");
        assertEquals("error.person.unitInactive", inactive.key());
        assertEquals(List.of("华士供电所"), inactive.args());
        Unit ghost = new Unit(999_999L, "X", "无", UnitKind.STATION, null, true, 0, 0);
        assertEquals("error.person.unitMissing", problem(refused(draft("张伟", MAN, ghost)), "person.unit").key());
    }

    @Test
    void aNewPersonIsSavedCleanedAndReadBack() {
        Person d = draft("  张伟 ", MAN, jiangyin);
        Person typed = new Person(null, d.name(), d.gender(), d.birthDate(), d.idNumber().toLowerCase(), d.mobile(),
                d.unitId(), " E001 ", PoliticalStatus.LEAGUE_MEMBER, "", "电工；宣讲", null, null);
        Person saved = people.create(OFFICE, typed);
        assertEquals("张伟", saved.name());
        assertEquals("E001", saved.employeeNo());
        assertEquals(null, saved.volunteerNo());
        assertEquals(0, saved.version());
        assertEquals(saved, people.get(OFFICE, saved.id()));
        PersonRow row = people.row(OFFICE, saved.id());
        assertEquals(PoliticalStatus.LEAGUE_MEMBER, row.politicalStatus());
        assertEquals("江阴市供电公司", row.unitName());
    }

    @Test
    void insertsABatchAndReturnsTheIdsInOrder() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            batch.add(draft("人员" + i, String.format("320281199001%02d%03d", i % 28 + 1, i / 28), jiangyin));
        }
        List<Long> ids = people.createBatch(ADMIN, batch);
        assertEquals(1500, ids.size());
        assertEquals("人员0", people.get(ADMIN, ids.get(0)).name());
        assertEquals("人员1499", people.get(ADMIN, ids.get(1499)).name());
        assertEquals(1500, people.list(ADMIN).size());
        assertThrows(AccessDeniedException.class, () -> people.createBatch(VIEWER, batch));
    }
}
