package org.dianmifeng.console.imports;

import static org.dianmifeng.console.imports.ImportFiles.HEADER;
import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of people from the awkward files offices have: each gives the expected rows or a clear refusal, never half an import. */
class ImportServiceTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    ImportService imports;
    Unit city;
    Unit jiangyin;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        imports = t.services().imports();
        city = t.city();
        jiangyin = t.unit("JY", "江阴市供电公司", city);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Path file(String name) {
        return dir.resolve(name);
    }

    private List<Object> row(String name, String id, String unit) {
        return List.of(name, "", "", id, "13912345678", unit, "中共党员");
    }

    private ImportPlan preview(Path f) {
        return imports.preview(OFFICE, f, ImportOptions.DEFAULT, Progress.NONE);
    }

    private Map<String, Person> byName() {
        return t.services().people().list(ADMIN).stream()
                .collect(Collectors.toMap(PersonRow::name, r -> t.services().people().get(ADMIN, r.id())));
    }

    @Test
    void aFileBelowAMergedTitleImportsAndTheSecondTimeChangesNothing() throws Exception {
        Path f = ImportFiles.xlsx(file("people.xlsx"), List.of(
                List.of(new ImportFiles.Title("2024年志愿者花名册", 7)),
                HEADER,
                row("张三", id("19900101", 11), "江阴市供电公司"),
                row("李四", id("19850506", 22), "JY")));
        ImportPlan plan = preview(f);
        assertEquals(2, plan.mapping().headerRow());
        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW), plan.rows().stream().map(ImportRow::status).toList());
        assertTrue(t.services().people().list(ADMIN).isEmpty(), "a preview writes nothing");

        ImportRecord first = imports.run(OFFICE, f, ImportOptions.DEFAULT, Progress.NONE);
        assertEquals(2, first.added());
        Person zhang = byName().get("张三");
        assertEquals(Gender.MALE, zhang.gender());
        assertEquals(LocalDate.of(1990, 1, 1), zhang.birthDate());
        assertEquals(jiangyin.id(), byName().get("李四").unitId());
        assertEquals(Gender.FEMALE, byName().get("李四").gender());

        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            ImportRecord again = imports.run(OFFICE, f, ImportOptions.DEFAULT.withPolicy(policy), Progress.NONE);
            assertEquals(0, again.added() + again.updated(), policy.name());
        }
        assertEquals(2, t.services().people().list(ADMIN).size());
        assertTrue(preview(f).importedBefore().isPresent(), "the same file is known from the history");
        assertEquals(4, imports.history(OFFICE).size());
    }

    @Test
    void valuesAsExcelManglesThemAreCleaned() throws Exception {
        String idX = findIdEndingInX();
        Path f = ImportFiles.xlsx(file("awkward.xlsx"), List.of(
                List.of("身份证号码", "名字", "出生年月日", "联系电话", "所在单位", "政治面貌", "性别"),
                List.of(id("19900101", 11), "\u200B王 五\uFEFF", "1990/1/1", "139 1234 5678", "JY", "党员", "男"),
                List.of(),
                List.of(toFullWidth(id("19850506", 22)), "赵六", "1985年5月6日", "１３９１２３４５６７８", "江阴市供电公司", "群众", "女"),
                List.of(idX.toLowerCase(), new ImportFiles.Formula("\"钱\"&\"七\""), ResidentIdDate(idX), "", "CITY", "共青团员", ""),
                List.of(id("20000229", 31), "孙八", LocalDate.of(2000, 2, 29), "", "无锡供电公司", "中共预备党员", "男"),
                List.of(id("19700315", 41), "周九", 25642, "", "JY", "群众", "男"),
                List.of(id("19800102", 51), "吴十", 19800102, "", "JY", "群众", "男"),
                List.of(id("19750607", 61), "郑一", "1975.6.7", "", "JY", "群众", "男")));
        ImportPlan plan = preview(f);
        assertEquals(List.of(), plan.errors().stream().map(e -> e.describe(ZH)).toList());
        assertEquals(7, plan.count(RowStatus.NEW));
        imports.run(ADMIN, f, ImportOptions.DEFAULT, Progress.NONE);
        Map<String, Person> people = byName();
        assertEquals("13912345678", people.get("王 五").mobile());
        assertEquals(id("19850506", 22), people.get("赵六").idNumber());
        assertEquals("13912345678", people.get("赵六").mobile());
        assertEquals(idX, people.get("钱七").idNumber(), "the trailing x upper-cased, the formula's value taken");
        assertEquals(LocalDate.of(2000, 2, 29), people.get("孙八").birthDate());
        assertEquals(LocalDate.of(1970, 3, 15), people.get("周九").birthDate(), "an Excel day number");
        assertEquals(LocalDate.of(1980, 1, 2), people.get("吴十").birthDate());
        assertEquals(PoliticalStatus.PROBATIONARY_MEMBER, people.get("孙八").politicalStatus());
        assertEquals(city.id(), people.get("钱七").unitId());
    }

    private static String ResidentIdDate(String id) {
        return id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
    }

    private static String findIdEndingInX() {
        for (int seq = 1; seq < 999; seq++) {
            String id = id("19920304", seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new AssertionError("no ID ending in X");
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
        return b.toString();
    }

    @Test
    void anIdStoredAsANumberIsRefusedNamingTheRowAndNothingIsWritten() throws Exception {
        String good = id("19900101", 11);
        String lost = id("19850506", 22);
        Path f = ImportFiles.xlsx(file("numbers.xlsx"), List.of(HEADER,
                row("张三", good, "JY"),
                List.of("李四", "", "", Double.parseDouble(lost.substring(0, 17)) * 10, "", "JY", "群众"),
                List.of("王五", "", "", "3.20281E+17", "", "JY", "群众"),
                List.of("赵六", "男", "", id("19800101", 22), "12345", "无此单位", "路人")));
        ImportPlan plan = preview(f);
        assertEquals(List.of(RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR),
                plan.rows().stream().map(ImportRow::status).toList());
        RowError number = plan.rows().get(1).errors().get(0);
        assertEquals(3, number.row());
        assertEquals("身份证号", number.column(ZH));
        assertEquals("error.import.idAsNumber", number.problem().key());
        assertEquals("error.import.idAsNumber", plan.rows().get(2).errors().get(0).problem().key());
        List<String> sixth = plan.rows().get(3).errors().stream().map(e -> e.problem().key()).toList();
        assertEquals(List.of("error.import.unitUnknown", "error.import.politicalStatus", "error.person.idGenderFemale",
                "error.mobile.length"), sixth, "a woman's ID with 男, an unknown unit, status, mobile");
        assertTrue(plan.errors().get(0).describe(ZH).startsWith("第 3 行“身份证号”"), plan.errors().get(0).describe(ZH));

        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> imports.run(OFFICE, f, ImportOptions.DEFAULT, Progress.NONE));
        assertEquals("error.import.rowsInError", refused.key());
        assertTrue(t.services().people().list(ADMIN).isEmpty(), "nothing written while a row is in error");
        assertTrue(imports.history(OFFICE).isEmpty());

        ImportRecord valid = imports.run(OFFICE, f, ImportOptions.DEFAULT.withValidRowsOnly(true), Progress.NONE);
        assertEquals(1, valid.added());
        assertEquals(3, valid.failed());
        assertEquals(List.of("张三"), t.services().people().list(ADMIN).stream().map(PersonRow::name).toList());
    }

    @Test
    void theIdMustAgreeWithBirthDateAndGenderAndAppearOnce() throws Exception {
        String id = id("19900101", 11);
        Path f = ImportFiles.xlsx(file("disagree.xlsx"), List.of(HEADER,
                List.of("张三", "女", "1990-01-02", id, "", "JY", "群众"),
                List.of("李四", "", "", id("19900101", 12).substring(0, 17) + "0", "", "JY", "群众"),
                row("王五", id("19900101", 13), "JY"),
                row("王五二", id("19900101", 13), "JY")));
        ImportPlan plan = preview(f);
        assertEquals(List.of("error.person.idBirthDate", "error.person.idGenderMale"),
                plan.rows().get(0).errors().stream().map(e -> e.problem().key()).sorted().toList());
        assertEquals("error.idNumber.checkDigit", plan.rows().get(1).errors().get(0).problem().key());
        assertEquals(RowStatus.NEW, plan.rows().get(2).status());
        assertEquals("error.import.duplicateInFile", plan.rows().get(3).errors().get(0).problem().key());
    }

    @Test
    void csvInGbkAndInUtf8WithItsMarkReadAlike() throws Exception {
        List<String> lines = List.of("员工花名册,,,,,,", "姓名,性别,出生日期,公民身份号码,手机号码,单位,政治面貌",
                "张三,男,19900101," + id("19900101", 11) + ",13912345678,JY,中共党员",
                ",,,,,,",
                "\"李,四\",女,2024/5/1 ," + id("19850506", 22) + ",,江阴市供电公司,群众");
        for (Charset cs : List.of(Charset.forName("GBK"), StandardCharsets.UTF_8)) {
            Path f = ImportFiles.csv(file("people-" + cs.name() + ".csv"), cs, cs == StandardCharsets.UTF_8, lines);
            ImportPlan plan = preview(f);
            assertEquals(List.of("张三", "李,四"), plan.rows().stream().map(r -> r.person().name()).toList(), cs.name());
            assertEquals(2, plan.mapping().headerRow());
            assertEquals(5, plan.rows().get(1).row(), "rows numbered as the file has them");
            assertEquals("error.person.idBirthDate", plan.rows().get(1).errors().get(0).problem().key());
        }
    }

    @Test
    void filesThatAreNoRegisterAreRefusedClearly() throws Exception {
        Path empty = Files.write(file("empty.xlsx"), new byte[0]);
        assertEquals("error.import.emptyFile", refusal(empty));
        Path headers = ImportFiles.xlsx(file("headers.xlsx"), List.of(HEADER));
        assertEquals("error.import.noRows", refusal(headers));
        Path text = Files.writeString(file("notes.xlsx"), "这不是表格 just some text\n");
        assertEquals("error.import.notSpreadsheet", refusal(text));
        Path locked = ImportFiles.encrypted(file("locked.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY")));
        assertEquals("error.import.encrypted", refusal(locked));
        Path noHeader = ImportFiles.xlsx(file("noheader.xlsx"), List.of(List.of("a", "b"), List.of("c", "d")));
        assertEquals("error.import.noHeader", refusal(noHeader));
        Path noId = ImportFiles.xlsx(file("noid.xlsx"), List.of(List.of("姓名", "单位", "政治面貌"), List.of("张三", "JY", "群众")));
        assertEquals("error.import.missingColumns", refusal(noId));
        assertTrue(t.services().people().list(ADMIN).isEmpty());
    }

    private String refusal(Path f) {
        ConsoleException e = assertThrows(ConsoleException.class, () -> imports.run(OFFICE, f, ImportOptions.DEFAULT, Progress.NONE));
        assertFalse(e.localized(ZH).isBlank());
        return e.key();
    }

    @Test
    void xlsAndTheFirstOfTwoSheetsAreRead() throws Exception {
        Path xls = ImportFiles.xls(file("old.xls"), List.of(HEADER, row("张三", id("19900101", 11), "JY"),
                List.of("李四", "", LocalDate.of(1985, 5, 6), id("19850506", 22), 13912345678L, "JY", "群众")));
        ImportPlan plan = preview(xls);
        assertEquals(List.of(), plan.errors());
        assertEquals("13912345678", plan.rows().get(1).person().mobile());
        Path two = ImportFiles.twoSheets(file("two.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY")),
                List.of(HEADER, row("李四", id("19850506", 22), "JY")));
        ImportPlan first = preview(two);
        assertEquals(List.of("张三"), first.rows().stream().map(r -> r.person().name()).toList());
        assertEquals(2, first.sheets());
        assertEquals("人员", first.sheetName());
    }

    @Test
    void existingPeopleAreSkippedFilledOrOverwrittenAsChosen() throws Exception {
        Person stored = t.services().people().create(ADMIN, new Person(null, "张三", Gender.MALE,
                LocalDate.of(1990, 1, 1), id("19900101", 11), null, city.id(), null, PoliticalStatus.MASSES, null,
                null, null, null));
        Path f = ImportFiles.xlsx(file("update.xlsx"), List.of(HEADER, row("张三丰", id("19900101", 11), "JY")));
        assertEquals(RowStatus.SKIPPED, preview(f).rows().get(0).status());
        ImportPlan fill = imports.preview(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.FILL_BLANKS), Progress.NONE);
        assertEquals(RowStatus.UPDATE, fill.rows().get(0).status());
        assertEquals("张三", fill.rows().get(0).person().name(), "only blanks filled");
        assertEquals("13912345678", fill.rows().get(0).person().mobile());

        ImportRecord over = imports.run(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE), Progress.NONE);
        assertEquals(1, over.updated());
        Person after = t.services().people().get(ADMIN, stored.id());
        assertEquals("张三丰", after.name());
        assertEquals(jiangyin.id(), after.unitId());
        assertEquals(PoliticalStatus.PARTY_MEMBER, after.politicalStatus());

        List<AuditEntry> log = t.services().audit().find(ADMIN, AuditFilter.recent(10));
        assertEquals(AuditAction.IMPORT, log.get(0).action());
        assertTrue(log.get(0).after().contains("importUpdated=1"), log.get(0).after());
        assertEquals(AuditAction.UPDATE, log.get(1).action());
        assertEquals(stored.id(), log.get(1).entityId());
    }

    @Test
    void eachPersonImportedIsAuditedAsTheFormAuditsThemWithTheirOwnUnitsName() throws Exception {
        Path f = ImportFiles.xlsx(file("units.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY"),
                row("李四", id("19850506", 22), "CITY"), row("王五", id("19700302", 33), "江阴市供电公司")));
        assertEquals(3, imports.run(OFFICE, f, ImportOptions.DEFAULT, Progress.NONE).added());
        Map<String, Person> people = byName();
        List<AuditEntry> created = t.services().audit().find(ADMIN, AuditFilter.recent(10)).stream()
                .filter(e -> e.action() == AuditAction.CREATE && "PERSON".equals(e.entity())).toList();
        assertEquals(3, created.size());
        for (AuditEntry e : created) {
            Person p = people.get(e.summary());
            Unit unit = p.unitId().equals(city.id()) ? city : jiangyin;
            // as Audit.record writes it for the person form: the unit's id followed by that unit's name
            assertEquals(p.auditText().replace("unitId=" + unit.id(), "unitId=" + unit.id() + " " + unit.name()),
                    e.after(), e.summary());
            assertEquals(p.id(), e.entityId());
        }
    }

    @Test
    void undoRemovesWhatWasAddedAndRestoresWhatChangedUnlessLaterWorkDependsOnIt() throws Exception {
        Person stored = t.services().people().create(ADMIN, new Person(null, "张三", Gender.MALE,
                LocalDate.of(1990, 1, 1), id("19900101", 11), null, city.id(), null, PoliticalStatus.MASSES, null,
                null, "原备注", null));
        Path f = ImportFiles.xlsx(file("undo.xlsx"), List.of(HEADER, row("张三丰", id("19900101", 11), "JY"),
                row("李四", id("19850506", 22), "JY"), row("王五", id("19800101", 31), "JY")));
        ImportRecord run = imports.run(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE), Progress.NONE);
        assertEquals(2, run.added());

        // later work on one of the people added: the undo is refused as a whole, naming them
        Person li = byName().get("李四");
        t.services().people().update(ADMIN, new Person(li.id(), li.name(), li.gender(), li.birthDate(), li.idNumber(),
                li.mobile(), li.unitId(), "E01", li.politicalStatus(), null, null, null, li.version()));
        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(ADMIN, run.id()));
        assertEquals("error.import.undoBlocked", blocked.key());
        assertTrue(blocked.localized(ZH).contains("李四"), blocked.localized(ZH));
        assertEquals(3, t.services().people().list(ADMIN).size(), "nothing undone");

        Person now = byName().get("李四");
        t.services().people().delete(ADMIN, now.id(), now.version());
        ImportRecord undone = imports.undo(OFFICE, run.id());
        assertTrue(undone.undone());
        assertEquals(List.of("张三"), t.services().people().list(ADMIN).stream().map(PersonRow::name).toList());
        Person back = t.services().people().get(ADMIN, stored.id());
        assertEquals(city.id(), back.unitId());
        assertEquals("原备注", back.notes());
        assertNull(back.mobile());
        assertEquals("error.import.alreadyUndone",
                assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, run.id())).key());
    }

    @Test
    void aVolunteerNumberIsOnePersonsInTheFileAndInTheRegister() throws Exception {
        t.services().people().create(ADMIN, new Person(null, "赵六", Gender.MALE, LocalDate.of(1980, 1, 1),
                id("19800101", 31), null, jiangyin.id(), null, PoliticalStatus.MASSES, "V2025000101", null, null, null));
        List<Object> header = new java.util.ArrayList<>(HEADER);
        header.add("志愿者编号");
        List<List<Object>> rows = new java.util.ArrayList<>(List.of(header));
        // 张三 takes 赵六's number; 李四 and 王五 both ask for one nobody has; 赵六's own row keeps his
        for (Object[] r : new Object[][] {{"张三", id("19900101", 11), "V2025000101"},
                {"李四", id("19850506", 22), "V2025000102"}, {"王五", id("19700101", 41), "V2025000102"},
                {"赵六", id("19800101", 31), "V2025000101"}}) {
            List<Object> line = new java.util.ArrayList<>(row((String) r[0], (String) r[1], "JY"));
            line.add(r[2]);
            rows.add(line);
        }
        Path f = ImportFiles.xlsx(file("numbers-twice.xlsx"), rows);
        ImportPlan plan = imports.preview(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE),
                Progress.NONE);
        var taken = plan.rows().get(0).errors().get(0);
        assertEquals("error.person.duplicateVolunteerNo", taken.problem().key());
        assertEquals(List.of("V2025000101", "赵六", "江阴市供电公司"), taken.problem().args());
        assertEquals("志愿者编号", taken.column(), "shown under the column that gave the number");
        assertEquals(RowStatus.NEW, plan.rows().get(1).status());
        assertEquals("error.import.volunteerNoInFile", plan.rows().get(2).errors().get(0).problem().key());
        assertEquals(List.of("V2025000102", 3), plan.rows().get(2).errors().get(0).problem().args());
        assertTrue(java.util.EnumSet.of(RowStatus.UPDATE, RowStatus.UNCHANGED).contains(plan.rows().get(3).status()),
                "the holder's own row keeps the number: " + plan.rows().get(3));

        imports.run(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE).withValidRowsOnly(true),
                Progress.NONE);
        Map<String, Person> saved = byName();
        assertNull(saved.get("张三"), "a refused row is not written");
        assertNull(saved.get("王五"));
        assertEquals("V2025000102", saved.get("李四").volunteerNo());
    }

    @Test
    void peopleGivenAVolunteerNumberAreRegisteredAndUndoTakesTheRegistrationBackUnlessChangedSince() throws Exception {
        Person stored = t.services().people().create(ADMIN, new Person(null, "张三", Gender.MALE,
                LocalDate.of(1990, 1, 1), id("19900101", 11), null, city.id(), null, PoliticalStatus.MASSES, null,
                null, null, null));
        List<Object> header = new java.util.ArrayList<>(HEADER);
        header.add("志愿者编号");
        List<Object> zhang = new java.util.ArrayList<>(row("张三", id("19900101", 11), "JY"));
        zhang.add("V2025000101");
        List<Object> li = new java.util.ArrayList<>(row("李四", id("19850506", 22), "JY"));
        li.add("V2025000102");
        Path f = ImportFiles.xlsx(file("numbers.xlsx"), List.of(header, zhang, li,
                row("王五", id("19800101", 31), "JY")));
        ImportOptions overwrite = ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE);
        ImportRecord run = imports.run(OFFICE, f, overwrite, Progress.NONE);
        var volunteers = t.services().volunteers();
        assertEquals(List.of("V2025000101", "V2025000102"), volunteers.list(OFFICE, null).stream()
                .map(r -> r.volunteer().volunteerNo()).sorted().toList(), "the one updated and the one added");
        var registered = volunteers.detail(OFFICE, stored.id()).row().volunteer();
        assertEquals(org.dianmifeng.console.volunteer.VolunteerStatus.ACTIVE, registered.status());
        assertEquals(LocalDate.now(TestServices.CLOCK), registered.registeredOn());
        assertEquals(2, t.services().audit().find(ADMIN, new org.dianmifeng.console.core.AuditFilter(null, null, null,
                org.dianmifeng.console.volunteer.VolunteerService.ENTITY, null, 100)).size(), "each registration audited");

        imports.undo(OFFICE, run.id());
        assertTrue(volunteers.list(OFFICE, null).isEmpty(), "the registrations go with the undo");
        assertNull(t.services().people().get(ADMIN, stored.id()).volunteerNo());
        assertEquals(List.of("张三"), t.services().people().list(ADMIN).stream().map(PersonRow::name).toList());

        ImportRecord again = imports.run(OFFICE, f, overwrite, Progress.NONE);
        var now = volunteers.detail(OFFICE, stored.id()).row().volunteer();
        volunteers.changeStatus(OFFICE, now, org.dianmifeng.console.volunteer.VolunteerStatus.PAUSED, "外出学习");
        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, again.id()));
        assertEquals("error.import.undoBlocked", blocked.key());
        assertTrue(blocked.localized(ZH).contains("张三"), blocked.localized(ZH));
        assertEquals(2, volunteers.list(OFFICE, null).size(), "a refused undo changes nothing");
    }

    @Test
    void theErrorReportHoldsTheRowsWithWhatIsWrong() throws Exception {
        Path f = ImportFiles.xlsx(file("errors.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY"),
                row("李四", id("19850506", 22), "无此单位")));
        ImportPlan plan = preview(f);
        Path out = file("errors-report.xlsx");
        imports.errorReport(OFFICE, f, plan, out, ZH, Progress.NONE);
        List<List<String>> rows = Workbooks.read(out);
        List<String> header = rows.get(1);
        assertEquals("行号", header.get(0));
        assertEquals("错误说明", header.get(header.size() - 1));
        assertEquals("", rows.get(2).get(header.size() - 1));
        assertEquals("3", rows.get(3).get(0));
        assertEquals("单位：找不到单位“无此单位”：请填写单位的名称或编码。", rows.get(3).get(header.size() - 1));
    }

    @Test
    void onlyThoseWhoEditPeopleImport() throws Exception {
        Path f = ImportFiles.xlsx(file("p.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY")));
        assertThrows(AccessDeniedException.class, () -> imports.preview(TestServices.VIEWER, f, ImportOptions.DEFAULT, Progress.NONE));
        assertThrows(AccessDeniedException.class, () -> imports.history(TestServices.SECRETARY));
    }

    @Test
    void fiftyThousandRowsArePreviewed() throws Exception {
        Path f = ImportFiles.many(file("many.xlsx"), 50_000, "JY");
        long start = System.nanoTime();
        ImportPlan plan = preview(f);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(50_000, plan.count(RowStatus.NEW), () -> plan.errors().stream().limit(3).map(e -> e.describe(ZH)).toList().toString());
        System.out.println("preview of 50,000 rows: " + ms + " ms");
    }

    @Test
    void aMappingChosenByTheUserIsUsed() throws Exception {
        Path f = ImportFiles.xlsx(file("odd.xlsx"), List.of(
                List.of("姓名", "证件", "单位", "政治面貌", "身份证号"),
                List.of("张三", id("19900101", 11), "JY", "群众", "备用")));
        ImportPlan found = preview(f);
        assertEquals(4, found.mapping().columns().get(PersonColumn.ID_NUMBER));
        Map<ImportColumn, Integer> chosen = new java.util.LinkedHashMap<>(found.mapping().columns());
        chosen.put(PersonColumn.ID_NUMBER, 1);
        ImportPlan mapped = imports.preview(OFFICE, f, ImportOptions.DEFAULT.withMapping(found.mapping().with(chosen)), Progress.NONE);
        assertEquals(RowStatus.NEW, mapped.rows().get(0).status());
        assertEquals(id("19900101", 11), mapped.rows().get(0).person().idNumber());

        // the mapping imported is remembered for the next file with the same headers, however they are spaced
        imports.run(OFFICE, f, ImportOptions.DEFAULT.withMapping(mapped.mapping()), Progress.NONE);
        Path next = ImportFiles.xlsx(file("odd-next.xlsx"), List.of(
                List.of("姓 名", "证件", "单位", "政治面貌", "身份证号（必填）"),
                List.of("李四", id("19850506", 22), "JY", "群众", "")));
        ImportPlan remembered = preview(next);
        assertEquals(1, remembered.mapping().columns().get(PersonColumn.ID_NUMBER));
        assertEquals(RowStatus.NEW, remembered.rows().get(0).status());
        Path other = ImportFiles.xlsx(file("other.xlsx"), List.of(
                List.of("姓名", "证件", "单位", "政治面貌", "身份证号", "备注"),
                List.of("王五", id("19800101", 31), "JY", "群众", "", "")));
        assertEquals(4, preview(other).mapping().columns().get(PersonColumn.ID_NUMBER), "other headers: found afresh");
    }

    @Test
    void aFilledTemplateImportsWithoutAnErrorInEitherLanguage() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            Path template = file("template-" + m.locale() + ".xlsx");
            imports.template(OFFICE, template, m, Progress.NONE);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    Files.newInputStream(template))) {
                org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(0);
                assertEquals(3, sheet.getDataValidations().size(), "gender, unit and political status as lists");
                assertEquals("@", sheet.getColumnStyle(PersonColumn.ID_NUMBER.ordinal()).getDataFormatString());
                assertEquals("@", sheet.getColumnStyle(PersonColumn.MOBILE.ordinal()).getDataFormatString());
                assertTrue(wb.isSheetHidden(1));
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(3);
                List<String> values = List.of("刘一", "", "", id("19850506", 22), "13800000000", "JY", "", m.label(PoliticalStatus.LEAGUE_MEMBER));
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
                try (var out = Files.newOutputStream(template)) {
                    wb.write(out);
                }
            }
            ImportPlan plan = preview(template);
            assertEquals(List.of(), plan.errors().stream().map(e -> e.describe(m)).toList(), m.locale().toString());
            assertEquals(2, plan.count(RowStatus.NEW));
            assertEquals(PoliticalStatus.LEAGUE_MEMBER, plan.rows().get(1).person().politicalStatus());
            assertEquals(PoliticalStatus.MASSES, plan.rows().get(0).person().politicalStatus());
        }
    }

    @Test
    void aCancelInsideTheImportWritesNothing() throws Exception {
        Path f = ImportFiles.xlsx(file("cancel.xlsx"), List.of(HEADER, row("张三", id("19900101", 11), "JY")));
        int[] checks = {0};
        Progress cancelInTransaction = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return ++checks[0] > 1; // the check read outside passes, the one inside the transaction stops it
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> imports.run(OFFICE, f, ImportOptions.DEFAULT, cancelInTransaction));
        assertTrue(checks[0] >= 2);
        assertTrue(t.services().people().list(ADMIN).isEmpty());
        assertTrue(imports.history(OFFICE).isEmpty());
    }

    @Test
    void aRowWithoutAnIdNumberIsMatchedByNameAndBirthDateOnlyOnceConfirmed() throws Exception {
        Person zhang = t.person("张三", "32028119900101011", jiangyin);
        Path f = ImportFiles.xlsx(file("no-id.xlsx"), List.of(HEADER,
                List.of("张三", "", "1990/1/1", "", "13800000000", "JY", "中共党员"),
                List.of("无名氏", "", "1991-01-01", "", "", "JY", "群众")));
        assertEquals(List.of(RowStatus.ERROR, RowStatus.ERROR), preview(f).rows().stream().map(ImportRow::status).toList(),
                "without the option a row needs its ID number");
        ImportOptions match = ImportOptions.DEFAULT.withMatchByNameAndBirth(true).withPolicy(DuplicatePolicy.OVERWRITE)
                .withValidRowsOnly(true);
        ImportPlan plan = imports.preview(OFFICE, f, match, Progress.NONE);
        assertEquals(List.of(RowStatus.TO_CONFIRM, RowStatus.ERROR), plan.rows().stream().map(ImportRow::status).toList());
        assertEquals(zhang.id(), plan.rows().get(0).person().id(), "the match shown is the person of the register");
        assertEquals("error.import.noMatch", plan.errors().get(0).problem().key());
        assertFalse(plan.changesAnything(), "a match is never applied before it is confirmed");
        ImportRecord unconfirmed = imports.run(OFFICE, f, match, Progress.NONE);
        assertEquals(0, unconfirmed.updated());
        assertEquals("13912345678", byName().get("张三").mobile());

        ImportPlan confirmed = imports.preview(OFFICE, f, match.withConfirmedRows(java.util.Set.of(2)), Progress.NONE);
        assertEquals(RowStatus.UPDATE, confirmed.rows().get(0).status());
        imports.run(OFFICE, f, match.withConfirmedRows(java.util.Set.of(2)), Progress.NONE);
        Person after = byName().get("张三");
        assertEquals("13800000000", after.mobile());
        assertEquals(zhang.idNumber(), after.idNumber());
        t.person("张三", "32028119900101027", jiangyin);
        assertEquals("error.import.manyMatches", imports.preview(OFFICE, f, match, Progress.NONE).errors().get(0)
                .problem().key(), "two people of that name and birth date: the ID number is needed");
    }
}
