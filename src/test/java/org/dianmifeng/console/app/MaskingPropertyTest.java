package org.dianmifeng.console.app;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseStore;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.aidcase.ui.CaseListViewModel;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.ui.CommunityListViewModel;
import org.dianmifeng.console.party.ui.MemberListViewModel;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.ui.PersonFormViewModel;
import org.dianmifeng.console.unit.ui.PersonListViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The masking rule ({@link Masking}) as a property over every role and every place a person's or a child's data
 * reaches: the people list, a person's detail and form, the people list export, the grid list, the party member
 * list and its export, the case list and its export, the case register and the audit texts. Over the 2,000
 * fictitious people, grids and cases of the sample data and 60 more children referred at random: for every role
 * that may not see a value, no full ID number, no full mobile, no full birth date and no village reaches it, and
 * no ID number can be rebuilt from what is shown (more than 100 valid numbers agree with it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaskingPropertyTest {
    /** More valid ID numbers than this must agree with whatever a role is shown of one. */
    static final int ENOUGH_CANDIDATES = 100;
    static final Pattern FULL_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9X])");
    static final Pattern FULL_MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    static final Pattern ANY_DATE = Pattern.compile("(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|(?<![0-9])(19|20)[0-9]{2}[01][0-9][0-3][0-9](?![0-9])");
    static final Pattern CASE_CODE = Pattern.compile("DR-[0-9]{4}-[0-9]{3}");
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final String[][] PLACES = {
        {"长泾镇", "河塘村"}, {"长泾镇", "长泾社区"}, {"新桥镇", "新桥村"}, {"祝塘镇", "文林村"}, {"祝塘镇", "大河社区"},
        {"顾山镇", "红豆村"}, {"南闸街道", "观西村"}, {"云亭街道", "花山村"}, {"月城镇", "双泾村"}, {"璜土镇", "石庄村"},
    };

    Path dir;
    TestServices t;
    LocalDate today;
    /** Every person in clear, by id. */
    Map<Long, Person> people = new HashMap<>();
    /** Every child in clear (as a case officer's reveal shows it), by case id. */
    Map<Long, Child> children = new HashMap<>();
    /** The villages or communities (村（社区）) of the children. */
    Set<String> villages = new HashSet<>();
    /** The case ids by code. */
    Map<String, Long> caseIds = new HashMap<>();
    Session officer;

    @BeforeAll
    void load() throws Exception {
        dir = Files.createTempDirectory("masking");
        t = new TestServices(dir.resolve("db"));
        today = LocalDate.now(TestServices.CLOCK);
        new SampleData(t.services(), SampleData.DEFAULT_SEED).load(SampleData.DEFAULT_PEOPLE, false, Progress.NONE);
        officer = new CaseFixtures(t).officer("officer");
        referRandomChildren(60, new Random(11));
        for (PersonRow r : t.services().people().list(ADMIN)) {
            people.put(r.id(), t.services().people().get(ADMIN, r.id()));
        }
        t.services().database().read(dsl -> new AidCaseStore(dsl).rows(today, true))
                .forEach(r -> {
                    children.put(r.id(), r.identity());
                    caseIds.put(r.code(), r.id());
                });
        children.values().stream().map(Child::community).filter(c -> c != null).forEach(villages::add);
        // a few edits, so that the audit log holds person, grid and child texts written the usual way
        people.values().stream().limit(100).forEach(p -> t.services().people().update(OFFICE, withSkills(p, "电工")));
        t.services().organisation().grids(ADMIN, null).stream().limit(10).map(GridRow::grid)
                .forEach(g -> t.services().organisation().updateGrid(ADMIN, new Grid(g.id(), g.communityId(),
                        g.name(), g.leaderName() + "甲", g.leaderPhone(), g.version())));
    }

    @AfterAll
    void close() throws Exception {
        t.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void referRandomChildren(int count, Random random) {
        List<Unit> units = t.services().units().all(ADMIN);
        for (int i = 0; i < count; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            LocalDate birth = today.minusYears(4 + random.nextInt(13)).minusDays(random.nextInt(365));
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            String id = ResidentId.withCheckDigit(String.format("320281%s%02d%d", birth.format(DateTimeFormatter.BASIC_ISO_DATE),
                    i, (random.nextInt(5) * 2) + (gender == Gender.MALE ? 1 : 0)));
            Child child = new Child(null, "童" + i, gender, birth, id, "实验小学", "三年级", place[0], place[1],
                    place[0] + place[1] + (i + 1) + "号", EligibilityCategory.values()[random.nextInt(EligibilityCategory.values().length)],
                    null, "监护人" + i, "祖母", "1390000" + String.format("%04d", i), today.minusDays(30), "个案资料收集与帮扶使用",
                    "officer", null, null);
            AidCase referral = new AidCase(null, null, null, place[0] + "团委", "李老师", today.minusDays(60),
                    units.get(random.nextInt(units.size())).id(), null, null, null, null);
            t.services().aidCases().refer(officer, child, referral, List.of());
        }
    }

    private static Person withSkills(Person p, String skills) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), p.volunteerNo(), skills, p.notes(), p.version());
    }

    static Session as(Role role) {
        return new Session(1000 + role.ordinal(), role.name().toLowerCase(), role.name(), role);
    }

    UiContext ui(Role role) {
        return new UiContext(as(role), ZH, TaskRunner.direct());
    }

    // ---------------------------------------------------------------- people

    @ParameterizedTest
    @EnumSource(Role.class)
    void nothingShownOfAPersonLetsARoleThatMayNotSeeItRebuildTheIdNumber(Role role) throws Exception {
        Session who = as(role);
        List<PersonRow> list = t.services().people().list(who);
        assertEquals(people.size(), list.size());
        Map<String, String> places = new HashMap<>();
        places.put("person list", list.stream().map(PersonRow::toString).collect(Collectors.joining("\n")));
        StringBuilder details = new StringBuilder();
        list.stream().filter(r -> r.id() % 10 == 0).forEach(r -> details.append(t.services().people().get(who, r.id()))
                .append(t.services().people().row(who, r.id())).append('\n'));
        places.put("person detail", details.toString());

        PersonListViewModel listVm = new PersonListViewModel(ui(role), t.services().people(), t.services().units());
        listVm.load();
        places.put("person form", forms(role, listVm, list));
        Path peopleFile = dir.resolve(role + "-people.xlsx");
        listVm.export(peopleFile);
        assertNull(listVm.errorProperty().get());
        places.put("person list export", sheet(peopleFile));

        CommunityListViewModel gridVm = new CommunityListViewModel(ui(role), t.services().organisation());
        List<GridRow> grids = t.services().organisation().grids(who, null);
        assertFalse(grids.isEmpty());
        places.put("grid list", grids.stream().map(g -> g + " " + gridVm.gridCells(g)).collect(Collectors.joining("\n")));

        MemberListViewModel memberVm = new MemberListViewModel(ui(role), t.services().organisation(),
                t.services().people());
        memberVm.load();
        List<MemberRow> members = t.services().organisation().members(who);
        places.put("member list", members.stream().map(m -> m + " " + memberVm.cells(m))
                .collect(Collectors.joining("\n")));
        Path memberFile = dir.resolve(role + "-members.xlsx");
        memberVm.export(memberFile);
        places.put("member list export", Files.exists(memberFile) ? sheet(memberFile) : "");

        if (Masking.inClear(role)) {
            assertTrue(FULL_ID.matcher(places.get("person list")).find(), "in clear for " + role);
            assertTrue(FULL_ID.matcher(places.get("person list export")).find(), "in clear for " + role);
            return;
        }
        for (var place : places.entrySet()) {
            String where = role + ", " + place.getKey();
            assertNone(FULL_ID, place.getValue(), where + ": a full ID number");
            assertNone(FULL_MOBILE, place.getValue(), where + ": a full mobile");
            if (!place.getKey().startsWith("member")) {
                assertNone(ANY_DATE, place.getValue(), where + ": a full (birth) date");
            }
        }
        for (MemberRow m : members) {
            String birth = people.get(m.personId()).birthDate().toString();
            assertFalse((m + " " + memberVm.cells(m)).contains(birth), role + ": a member's birth date");
        }
        for (PersonRow shown : list) {
            Person clear = people.get(shown.id());
            assertEquals(Year.from(clear.birthDate()), shown.birthDate(), "the birth year only");
            assertTrue(agrees(clear.idNumber(), shown.idNumber(), shown.birthDate(), shown.gender()),
                    "the true number is one of the candidates");
            int candidates = candidates(shown.idNumber(), shown.birthDate(), shown.gender(), ENOUGH_CANDIDATES);
            assertTrue(candidates > ENOUGH_CANDIDATES, role + ": only " + candidates + " numbers agree with " + shown);
        }
    }

    /** The forms of every 40th person as they show them, one line each. */
    private String forms(Role role, PersonListViewModel listVm, List<PersonRow> list) {
        StringBuilder sb = new StringBuilder();
        for (PersonRow r : list) {
            if (r.id() % 40 != 0) {
                continue;
            }
            PersonFormViewModel form = listVm.editForm(r);
            form.load();
            sb.append(form.nameProperty().get()).append(' ').append(form.idNumberProperty().get()).append(' ')
                    .append(form.mobileProperty().get()).append(' ').append(form.birthDateProperty().get()).append(' ')
                    .append(form.birthYearProperty().get()).append('\n');
            if (!Masking.inClear(role)) {
                assertNull(form.birthDateProperty().get(), "no birth date in the form");
                assertEquals(String.valueOf(people.get(r.id()).birthDate().getYear()), form.birthYearProperty().get());
                assertTrue(form.readOnly());
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- children

    @ParameterizedTest
    @EnumSource(Role.class)
    void noRoleSeesAChildsVillageOrIdentityWithoutAReveal(Role role) throws Exception {
        Session who = as(role);
        CaseListViewModel vm = new CaseListViewModel(ui(role), t.services().aidCases(), t.services().caseWork(),
                t.services().caseReport(), t.services().units(), t.services().teams());
        vm.load();
        assertNull(vm.errorProperty().get());
        assertEquals(children.size(), vm.rows().size());
        Map<String, String> places = new HashMap<>();
        places.put("case list", vm.rows().stream().map(r -> String.valueOf(vm.cells(r)))
                .collect(Collectors.joining("\n")));
        places.put("case rows", t.services().aidCases().list(who).stream()
                .map(r -> r.code() + " " + r.township() + " " + r.ageBand() + " " + r.referralSource()
                        + " " + r.unitName() + " " + r.teamName() + " " + r.officerNames(ZH) + " " + r.identity())
                .collect(Collectors.joining("\n")));
        Path listFile = dir.resolve(role + "-cases.xlsx");
        vm.export(listFile);
        assertNull(vm.errorProperty().get());
        places.put("case list export", sheet(listFile));
        Path registerFile = dir.resolve(role + "-register.xlsx");
        t.services().caseReport().register(who, registerFile, ZH, Progress.NONE);
        places.put("case register", sheet(registerFile));

        for (var place : places.entrySet()) {
            String where = role + ", " + place.getKey();
            for (String village : villages) {
                assertFalse(place.getValue().contains(village), where + ": the village " + village);
            }
            assertNone(FULL_ID, place.getValue(), where + ": a child's ID number");
            assertNone(FULL_MOBILE, place.getValue(), where + ": a guardian's phone");
            for (String line : place.getValue().split("\n")) {
                Matcher code = CASE_CODE.matcher(line);
                if (code.find()) {
                    Child c = children.get(caseIds.get(code.group()));
                    assertFalse(line.contains(c.name()), where + ": a child's name");
                    assertFalse(line.contains(c.birthDate().toString()), where + ": a child's birth date");
                    assertFalse(line.contains(c.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE)), where
                            + ": a child's birth date");
                }
            }
            assertTrue(place.getValue().contains("华士镇"), where + ": the township is shown");
        }
        for (CaseRow r : t.services().aidCases().list(who)) {
            assertNull(r.identity());
            assertEquals(children.get(r.id()).township(), r.township());
        }
        if (Masking.seesChildIdentity(role)) {
            CaseRow first = vm.rows().get(0);
            CaseRow revealed = t.services().aidCases().reveal(who, first.id(), "核对住址");
            assertEquals(children.get(first.id()).community(), revealed.identity().community(),
                    "a case officer sees the village after a reveal");
        }
    }

    // ---------------------------------------------------------------- audit texts

    @Test
    void noAuditTextHoldsAFullIdNumberOrMobileOrAVillageAndNoneRebuildsAnIdNumber() {
        List<String> texts = new ArrayList<>();
        people.values().forEach(p -> texts.add(p.auditText()));
        List<AuditEntry> log = new ArrayList<>();
        for (String entity : List.of("PERSON", "GRID", "CHILD", "AID_CASE")) {
            log.addAll(t.services().audit().find(ADMIN, new AuditFilter(null, null, null, entity, null, 10_000)));
        }
        assertTrue(log.stream().filter(e -> e.entity().equals("PERSON")).count() >= 100, "the edits are audited");
        assertTrue(log.stream().anyMatch(e -> e.entity().equals("CHILD")), "the referrals are audited");
        log.forEach(e -> texts.add(e.summary() + " | " + e.before() + " | " + e.after()));
        // a party community (社区) is an organisation of the party area, and may bear a village's name: the
        // villages are looked for in what is written of cases and children
        log.stream().filter(e -> e.entity().equals("CHILD") || e.entity().equals("AID_CASE"))
                .map(e -> e.summary() + " | " + e.before() + " | " + e.after())
                .forEach(text -> villages.forEach(village -> assertFalse(text.contains(village),
                        "audit: the village " + village + " in " + text)));
        Pattern idField = Pattern.compile("idNumber=([^;]*)");
        Pattern birthField = Pattern.compile("birthDate=([^;]*)");
        Pattern genderField = Pattern.compile("gender=Gender\\.([^;]*)");
        int checked = 0;
        for (String text : texts) {
            assertNone(FULL_ID, text, "audit: a full ID number");
            assertNone(FULL_MOBILE, text, "audit: a full mobile");
            for (String part : text.split(" \\| ")) {
                Matcher id = idField.matcher(part);
                Matcher birth = birthField.matcher(part);
                Matcher gender = genderField.matcher(part);
                if (id.find() && birth.find() && gender.find()) {
                    LocalDate born = LocalDate.parse(birth.group(1));
                    int candidates = candidates(id.group(1), born, Gender.valueOf(gender.group(1)), ENOUGH_CANDIDATES);
                    assertTrue(candidates > ENOUGH_CANDIDATES, "only " + candidates + " numbers agree with " + part);
                    checked++;
                }
            }
        }
        assertTrue(checked >= people.size() + 100, "every person's audit text was checked: " + checked);
    }

    @Test
    void theMaskKeepsTheFirstThreeAndTheLastTwoCharacters() {
        for (Person p : people.values()) {
            String id = p.idNumber();
            assertEquals(id.substring(0, 3) + "*************" + id.substring(16), Masking.idNumber(id));
            assertEquals(p.mobile() == null ? null : p.mobile().substring(0, 3) + "****" + p.mobile().substring(7),
                    Masking.phone(p.mobile()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String sheet(Path file) throws Exception {
        return Workbooks.read(file).stream().map(row -> String.join("\t", row)).collect(Collectors.joining("\n"));
    }

    private static void assertNone(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        assertFalse(m.find(), () -> what + ": " + m.group() + " in …"
                + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80)) + "…");
    }

    /** Whether {@code id} agrees with a masked number (each character not starred out), a birth year or date and a gender as shown. */
    static boolean agrees(String id, String masked, Temporal birth, Gender gender) {
        if (id.length() != masked.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != id.charAt(i)) {
                return false;
            }
        }
        LocalDate born = ResidentId.birthDate(id).orElseThrow();
        boolean sameBirth = birth instanceof LocalDate d ? born.equals(d) : Year.from(born).equals(birth);
        return sameBirth && ResidentId.gender(id) == gender;
    }

    /**
     * How many numbers valid under {@link ResidentId} (as of the test's today) agree with a masked number, a
     * birth year or date and a gender, counted up to {@code limit + 1}: every region part, birth day and sequence
     * that agrees with what is shown, with its check digit.
     */
    int candidates(String masked, Temporal birth, Gender gender, int limit) {
        assertEquals(18, masked.length(), masked);
        String region = masked.substring(0, 6);
        String sequence = masked.substring(14, 17);
        List<String> days = new ArrayList<>();
        LocalDate first = birth instanceof LocalDate d ? d : ((Year) birth).atDay(1);
        LocalDate last = birth instanceof LocalDate d ? d : ((Year) birth).atMonth(12).atEndOfMonth();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        int found = 0;
        // the day varies fastest, so that the count is not of one birth date only
        for (int r = 0; r < pow10(stars(region)); r++) {
            for (int q = 0; q < pow10(stars(sequence)); q++) {
                for (String day : days) {
                    String first17 = fill(region, r) + day + fill(sequence, q);
                    String id = first17 + ResidentId.checkDigit(first17);
                    if (agrees(id, masked, birth, gender) && ResidentId.problem(id, today).isEmpty()
                            && ++found > limit) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    private static int stars(String part) {
        return (int) part.chars().filter(c -> c == '*').count();
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** {@code part} with its stars replaced by the digits of {@code n}, the last star by the last digit. */
    private static String fill(String part, int n) {
        char[] chars = part.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            if (chars[i] == '*') {
                chars[i] = (char) ('0' + n % 10);
                n /= 10;
            }
        }
        return new String(chars);
    }
}
