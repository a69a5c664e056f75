package org.dianmifeng.console.imports;

import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.honour.HonourFilter;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of team members, party members (with their enrolment) and honours, each through the one machinery of the
 * people's import: files made here with the mistakes offices make, errors by row and column by the forms' rules,
 * all or nothing, a second import changing nothing, the duplicate policies, undo and its refusal, the templates.
 */
class ImportKindsTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    ImportService imports;
    Unit jiangyin;
    Team team;
    Person zhang;
    Person li;
    Person wang;
    Person qian;
    Branch branch;
    Branch communityBranch;
    Community community;
    Grid grid;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        imports = t.services().imports();
        jiangyin = t.unit("JY", "江阴市供电公司", t.city());
        team = t.services().teams().create(ADMIN, new Team(null, "江阴青年服务队", TeamKind.YOUTH, jiangyin.id(), null,
                LocalDate.of(2020, 1, 1), null, null, true, null));
        zhang = t.person("张三", "32028119900101011", jiangyin);
        li = t.services().people().create(ADMIN, withStatus(TestServices.draft("李四", "32028119850506022", jiangyin),
                PoliticalStatus.MASSES));
        wang = t.services().people().create(ADMIN, withStatus(TestServices.draft("王五", "32028119800101031", jiangyin),
                PoliticalStatus.PROBATIONARY_MEMBER));
        qian = t.person("钱七", "32028119750607041", jiangyin);
        branch = t.services().organisation().createBranch(ADMIN, new Branch(null, "JY-JG", "江阴公司机关党支部",
                BranchKind.WORK_UNIT, jiangyin.id(), null, null, null, null));
        community = t.services().organisation().createCommunity(ADMIN, new Community(null, "CJ", "澄江社区", "澄江街道", null));
        grid = t.services().organisation().createGrid(ADMIN, new Grid(null, community.id(), "一网格", "网格长", "13912340000", null));
        communityBranch = t.services().organisation().createBranch(ADMIN, new Branch(null, "CJ-DZB", "澄江社区党支部",
                BranchKind.COMMUNITY, null, community.id(), null, null, null));
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static Person withStatus(Person p, PoliticalStatus status) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), status, p.volunteerNo(), p.skills(), p.notes(), p.version());
    }

    private ImportPlan preview(ImportKind kind, Path f, ImportOptions options) {
        return imports.preview(OFFICE, kind, f, options, Progress.NONE);
    }

    /** Each row's errors as "row column: message key". */
    private static List<String> errors(ImportPlan plan) {
        return plan.errors().stream().map(e -> e.row() + " " + e.column(ZH) + ": " + e.problem().key()).toList();
    }

    private List<TeamMember> members() {
        return t.services().teams().members(ADMIN, team.id());
    }

    // ---------------------------------------------------------------- team members

    @Test
    void teamMembersAreCheckedByTheFormsRulesAndImportedAllOrNothing() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("roster.xlsx"), List.of(
                List.of(new ImportFiles.Title("江阴青年服务队花名册", 5)),
                List.of("服务队", "姓名", "公民身份号码", "职务", "入队时间"),
                List.of("江阴青年服务队", "张三", zhang.idNumber(), "队长", "2024/5/1"),
                List.of(" 江阴青年服务队 ", "", toFullWidth(qian.idNumber()), "队员", "2024年5月2日"),
                List.of("无此队", "王五", wang.idNumber(), "队员", "2024-05-01"),
                List.of("江阴青年服务队", "赵六", id("19700101", 51), "队员", "2024-05-01"),
                List.of("江阴青年服务队", "王六", wang.idNumber(), "副队长", "2024-05-01"),
                List.of("江阴青年服务队", "张三", zhang.idNumber(), "队员", "2024-05-03"),
                List.of("江阴青年服务队", "李四", li.idNumber(), "组长", "2024-05-01"),
                List.of("江阴青年服务队", "李四", "3.20281E+17", "队员", "2019-12-31")));
        ImportPlan plan = preview(ImportKind.TEAM_MEMBERS, f, ImportOptions.DEFAULT);
        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR,
                RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR), plan.rows().stream().map(ImportRow::status).toList());
        assertEquals(List.of(
                "5 服务队: error.import.teamUnknown",
                "6 公民身份号码: error.import.personUnknown",
                "7 姓名: error.import.nameMismatch",
                "8 公民身份号码: error.import.sameAsRow",
                "9 职务: error.import.choice",
                "10 公民身份号码: error.import.idAsNumber"), errors(plan));

        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> imports.run(OFFICE, ImportKind.TEAM_MEMBERS, f, ImportOptions.DEFAULT, Progress.NONE));
        assertEquals("error.import.rowsInError", refused.key());
        assertTrue(members().isEmpty(), "nothing written while a row is in error");

        ImportRecord done = imports.run(OFFICE, ImportKind.TEAM_MEMBERS, f, ImportOptions.DEFAULT.withValidRowsOnly(true),
                Progress.NONE);
        assertEquals(ImportKind.TEAM_MEMBERS, done.kind());
        assertEquals(2, done.added());
        assertEquals(List.of("张三", "钱七"), members().stream().map(m -> m.person().name()).toList());
        assertEquals(TeamMemberRole.CAPTAIN, members().get(0).role());
        assertEquals(LocalDate.of(2024, 5, 2), members().get(1).joinedOn());
        ImportRecord again = imports.run(OFFICE, ImportKind.TEAM_MEMBERS, f,
                ImportOptions.DEFAULT.withValidRowsOnly(true).withPolicy(DuplicatePolicy.OVERWRITE), Progress.NONE);
        assertEquals(0, again.added() + again.updated(), "a file imported twice changes nothing");
        assertEquals(2, again.unchanged());
    }

    @Test
    void aJoinedDateBeforeTheTeamWasFoundedAndAnInactiveTeamAreRefused() throws Exception {
        Team old = t.services().teams().create(ADMIN, new Team(null, "旧服务队", TeamKind.OTHER, jiangyin.id(), null,
                null, null, null, true, null));
        t.services().teams().setActive(ADMIN, old, false);
        Path f = ImportFiles.xlsx(dir.resolve("early.xlsx"), List.of(
                List.of("服务队", "身份证号", "队内职务", "入队日期"),
                List.of("江阴青年服务队", zhang.idNumber(), "队员", "2019-12-31"),
                List.of("旧服务队", qian.idNumber(), "队员", "2024-01-01"),
                List.of("江阴青年服务队", qian.idNumber(), "队员", "2099-01-01"),
                List.of("江阴青年服务队", wang.idNumber(), "队员", "")));
        assertEquals(List.of("2 入队日期: error.teamMember.beforeFounding", "3 服务队: error.team.inactive",
                        "4 入队日期: error.dateInFuture", "5 入队日期: error.required"),
                errors(preview(ImportKind.TEAM_MEMBERS, f, ImportOptions.DEFAULT)));
    }

    @Test
    void anOverwriteOfTeamMembersIsUndoneAndAChangeSinceRefusesTheUndo() throws Exception {
        Path first = ImportFiles.xlsx(dir.resolve("first.xlsx"), List.of(
                List.of("服务队", "身份证号", "队内职务", "入队日期"),
                List.of("江阴青年服务队", zhang.idNumber(), "队员", "2024-05-01"),
                List.of("江阴青年服务队", qian.idNumber(), "队员", "2024-05-01")));
        ImportRecord added = imports.run(OFFICE, ImportKind.TEAM_MEMBERS, first, ImportOptions.DEFAULT, Progress.NONE);
        Path second = ImportFiles.xlsx(dir.resolve("second.xlsx"), List.of(
                List.of("服务队", "身份证号", "队内职务", "入队日期"),
                List.of("江阴青年服务队", zhang.idNumber(), "队长", "2024-06-01")));
        assertEquals(RowStatus.SKIPPED, preview(ImportKind.TEAM_MEMBERS, second, ImportOptions.DEFAULT).rows().get(0).status());
        assertEquals(RowStatus.UNCHANGED, preview(ImportKind.TEAM_MEMBERS, second,
                ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.FILL_BLANKS)).rows().get(0).status());
        ImportRecord changed = imports.run(OFFICE, ImportKind.TEAM_MEMBERS, second,
                ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE), Progress.NONE);
        assertEquals(1, changed.updated());
        assertEquals(TeamMemberRole.CAPTAIN, members().get(0).role());

        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, added.id()));
        assertEquals("error.import.undoBlocked", blocked.key(), "张三 was changed by the later import");
        imports.undo(OFFICE, changed.id());
        TeamMember restored = members().stream().filter(m -> m.person().id() == zhang.id()).findFirst().orElseThrow();
        assertEquals(TeamMemberRole.MEMBER, restored.role());
        assertEquals(LocalDate.of(2024, 5, 1), restored.joinedOn());

        t.services().teams().changeRole(ADMIN, members().stream().filter(m -> m.person().id() == qian.id())
                .findFirst().orElseThrow(), TeamMemberRole.DEPUTY);
        blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, added.id()));
        assertTrue(blocked.localized(ZH).contains("钱七"), blocked.localized(ZH));
        assertEquals(2, members().size(), "a refused undo changes nothing");
        t.services().teams().changeRole(ADMIN, members().stream().filter(m -> m.person().id() == qian.id())
                .findFirst().orElseThrow(), TeamMemberRole.MEMBER);
        assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, added.id()), "changed since, even if back");
        assertThrows(AccessDeniedException.class,
                () -> imports.preview(VIEWER, ImportKind.TEAM_MEMBERS, first, ImportOptions.DEFAULT, Progress.NONE));
    }

    // ---------------------------------------------------------------- party members

    @Test
    void partyMembersAndTheirEnrolmentFollowTheOrganisationRulesAndAreUndone() throws Exception {
        Person sun = t.person("孙八", "32028119820202051", jiangyin);
        Person zhou = t.person("周九", "32028119830303061", jiangyin);
        Person wu = t.services().people().create(ADMIN, withStatus(TestServices.draft("吴十", "32028119840404071",
                jiangyin), PoliticalStatus.PROBATIONARY_MEMBER));
        Path f = ImportFiles.xlsx(dir.resolve("party.xlsx"), List.of(
                List.of("姓名", "身份证号", "党支部", "入党时间", "转正时间", "社区", "网格", "网格职务", "报到日期"),
                List.of("张三", zhang.idNumber(), "JY-JG", "2010.7.1", "20110701", "澄江社区", "一网格", "志愿者", "2024-05-01"),
                List.of("李四", li.idNumber(), "江阴公司机关党支部", "2010-07-01", "", "", "", "", ""),
                List.of("吴十", wu.idNumber(), "江阴公司机关党支部", "2025-07-01", "2026-07-01", "", "", "", ""),
                List.of("钱七", qian.idNumber(), "澄江社区党支部", "2010-07-01", "", "", "", "", ""),
                List.of("孙八", sun.idNumber(), "江阴公司机关党支部", "2010-07-01", "", "澄江社区", "九网格", "志愿者", "2024-05-01"),
                List.of("周九", zhou.idNumber(), "江阴公司机关党支部", "2010-07-01", "", "CJ", "一网格", "楼栋长", "2009-05-01"),
                List.of("", wang.idNumber(), "江阴公司机关党支部", "2025-07-01", "", "", "", "", "")));
        ImportPlan plan = preview(ImportKind.PARTY_MEMBERS, f, ImportOptions.DEFAULT);
        assertEquals(List.of(
                "3 身份证号: error.org.member.masses",
                "4 转正时间: error.org.member.probationaryFull",
                "5 党支部: error.org.member.notWorkUnitBranch",
                "6 网格: error.import.gridUnknown",
                "7 报到日期: error.org.enrolment.beforeJoined"), errors(plan));
        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW), plan.rows().stream().map(ImportRow::status)
                .filter(s -> s != RowStatus.ERROR).toList());

        ImportRecord done = imports.run(OFFICE, ImportKind.PARTY_MEMBERS, f, ImportOptions.DEFAULT.withValidRowsOnly(true),
                Progress.NONE);
        assertEquals(2, done.added());
        List<MemberRow> members = t.services().organisation().members(ADMIN);
        assertEquals(List.of("张三", "王五"), members.stream().map(MemberRow::name).sorted().toList());
        MemberRow zhangMember = members.stream().filter(m -> m.name().equals("张三")).findFirst().orElseThrow();
        assertEquals(1, t.services().organisation().enrolments(ADMIN, zhangMember.id()).size());
        assertEquals("一网格", t.services().organisation().enrolments(ADMIN, zhangMember.id()).get(0).gridName());

        ImportPlan again = preview(ImportKind.PARTY_MEMBERS, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE));
        assertEquals(List.of(RowStatus.UNCHANGED, RowStatus.UNCHANGED), again.rows().stream().map(ImportRow::status)
                .filter(s -> s != RowStatus.ERROR).toList(), "enrolled in that grid already: nothing to add");

        imports.undo(OFFICE, done.id());
        assertTrue(t.services().organisation().members(ADMIN).isEmpty(), "members and enrolments removed");
        assertEquals(0, t.services().organisation().grids(ADMIN, community.id()).get(0).enrolledCount());
    }

    @Test
    void aMemberChangedSinceRefusesTheUndo() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("one.xlsx"), List.of(
                List.of("身份证号", "所在支部", "入党日期"),
                List.of(zhang.idNumber(), "江阴公司机关党支部", "2010-07-01")));
        ImportRecord done = imports.run(OFFICE, ImportKind.PARTY_MEMBERS, f, ImportOptions.DEFAULT, Progress.NONE);
        MemberRow m = t.services().organisation().members(ADMIN).get(0);
        t.services().organisation().enrol(ADMIN, m.id(), grid.id(), LocalDate.of(2024, 1, 1),
                org.dianmifeng.console.party.GridRole.VOLUNTEER, null, null);
        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, done.id()));
        assertTrue(blocked.localized(ZH).contains("张三"), blocked.localized(ZH));
        assertEquals(1, t.services().organisation().members(ADMIN).size());
    }

    // ---------------------------------------------------------------- honours

    @Test
    void honoursAreMatchedByCertificateNumberOrByTitleYearAndRecipient() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("honours.xlsx"), List.of(
                List.of("荣誉称号", "级别", "颁发单位", "年份", "获奖日期", "获奖对象类型", "获奖对象", "证书号"),
                List.of("优秀志愿服务组织", "市级", "无锡市文明办", 2024, "2024-12-01", "单位", "JY", "C-001"),
                List.of("优秀志愿者", "Provincial", "江苏省文明办", "2023", "", "个人", zhang.idNumber(), ""),
                List.of("优秀志愿者", "省级", "江苏省文明办", "2023", "", "个人", "张三", ""),
                List.of("先进集体", "国家级", "中央文明办", "2023", "", "服务队", "无此队", ""),
                List.of("先进个人", "特级", "中央文明办", "2023", "", "个人", "钱七", ""),
                List.of("先进个人", "国家级", "中央文明办", "1900", "", "个人", "钱七", "")));
        ImportPlan plan = preview(ImportKind.HONOURS, f, ImportOptions.DEFAULT);
        assertEquals(List.of("4 荣誉称号: error.import.sameAsRow", "5 获奖对象: error.import.recipientUnknown",
                "6 级别: error.import.choice", "7 年份: error.honour.yearRange"), errors(plan));
        ImportRecord done = imports.run(OFFICE, ImportKind.HONOURS, f, ImportOptions.DEFAULT.withValidRowsOnly(true),
                Progress.NONE);
        assertEquals(2, done.added());
        List<HonourRow> honours = t.services().honours().list(ADMIN, HonourFilter.ALL);
        assertEquals(2, honours.size());

        Path later = ImportFiles.xlsx(dir.resolve("later.xlsx"), List.of(
                List.of("荣誉名称", "级别", "授予单位", "年度", "获得者类型", "获得者", "证书编号", "备注"),
                List.of("优秀志愿服务组织（更正）", "市级", "无锡市文明办", "2024", "单位", "江阴市供电公司", "C-001", "补记")));
        ImportPlan fill = preview(ImportKind.HONOURS, later, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.FILL_BLANKS));
        assertEquals(RowStatus.UPDATE, fill.rows().get(0).status(), "matched by the certificate number");
        assertEquals("优秀志愿服务组织", ((ImportedHonour) fill.rows().get(0).record()).honour().title());
        assertEquals("补记", ((ImportedHonour) fill.rows().get(0).record()).honour().notes());
        ImportRecord over = imports.run(OFFICE, ImportKind.HONOURS, later,
                ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE), Progress.NONE);
        assertEquals(1, over.updated());
        assertTrue(t.services().honours().list(ADMIN, HonourFilter.ALL).stream()
                .anyMatch(h -> h.honour().title().equals("优秀志愿服务组织（更正）")));
        imports.undo(OFFICE, over.id());
        assertTrue(t.services().honours().list(ADMIN, HonourFilter.ALL).stream()
                .anyMatch(h -> h.honour().title().equals("优秀志愿服务组织") && h.honour().notes() == null));
        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, done.id()));
        assertTrue(blocked.localized(ZH).contains("2024 优秀志愿服务组织"), "changed since the first import: "
                + blocked.localized(ZH));
        assertEquals(2, t.services().honours().list(ADMIN, HonourFilter.ALL).size());
    }

    // ---------------------------------------------------------------- templates

    @Test
    void eachKindsTemplateFilledInImportsWithoutAnError() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            for (ImportKind kind : List.of(ImportKind.TEAM_MEMBERS, ImportKind.PARTY_MEMBERS, ImportKind.HONOURS)) {
                Path template = dir.resolve(kind + "-" + m.locale() + ".xlsx");
                imports.template(OFFICE, kind, template, m, Progress.NONE);
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
                    XSSFSheet sheet = wb.getSheetAt(0);
                    int idColumn = kind.columns().indexOf(kind == ImportKind.HONOURS ? HonourColumn.CERTIFICATE_NO
                            : kind.byField("person.idNumber").orElseThrow());
                    assertEquals("@", sheet.getColumnStyle(idColumn).getDataFormatString(), kind.name());
                    assertTrue(sheet.getDataValidations().size() >= 2, kind + ": drop-down lists");
                    Row example = sheet.getRow(2);
                    if (kind != ImportKind.HONOURS) {
                        assertEquals(ResidentId.withCheckDigit("32028119900101001"),
                                example.getCell(idColumn).getStringCellValue(), "a made-up person");
                        // the example row names a person of the register instead of the made-up one
                        example.getCell(idColumn).setCellValue(zhang.idNumber());
                        example.getCell(kind.columns().indexOf(kind.byField("person.name").orElseThrow()))
                                .setCellValue("张三");
                    }
                    try (var out = Files.newOutputStream(template)) {
                        wb.write(out);
                    }
                }
                ImportPlan plan = preview(kind, template, ImportOptions.DEFAULT);
                assertEquals(List.of(), errors(plan), kind + " " + m.locale());
                assertEquals(1, plan.count(RowStatus.NEW), kind + " " + m.locale());
            }
        }
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append((char) (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' ? c + 0xFEE0 : c)));
        return b.toString();
    }
}
