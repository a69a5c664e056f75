package org.dianmifeng.console.imports.ui;

import static org.dianmifeng.console.imports.ImportFiles.HEADER;
import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.app.AppFlow;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.imports.ImportFiles;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.imports.ImportRow;
import org.dianmifeng.console.imports.RowStatus;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.PersonStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import screen, headless: a file previewed, its mapping and rows shown, the import and its history. */
@ExtendWith(ApplicationExtension.class)
class ImportViewTest {
    TestServices t;
    Stage stage;
    ImportView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-import-views");
        t.unit("JY", "江阴市供电公司", t.city());
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileIsPreviewedMappedAndImported(FxRobot robot) throws Exception {
        Path file = ImportFiles.xlsx(Files.createTempFile(t.dir(), "花名册", ".xlsx"), List.of(
                List.of(new ImportFiles.Title("江阴市供电公司志愿者花名册", 7)), HEADER,
                List.of("张三", "", "", id("19900101", 11), "13912345678", "JY", "中共党员"),
                List.of("李四", "", "1985/5/6", id("19850506", 22), "", "江阴市供电公司", "群众"),
                List.of("王五", "男", "", "3.20281E+17", "", "JY", "群众"),
                List.of("赵六", "", "", id("19800101", 21), "1391234567", "无此单位", "群众")));
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            view = new ImportView(new ImportViewModel(new UiContext(OFFICE, zh, TaskRunner.direct()),
                    t.services().imports()), zh);
            stage.setScene(new Scene(view.build(), 1280, 760));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importMappingHint").query().isVisible(), "before a file, the mapping says what comes");
        robot.interact(() -> view.chooseFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#importMappingHint").query().isVisible(), "the columns instead");
        TableView<ImportRow> table = robot.lookup("#importPreviewTable").queryAs(TableView.class);
        assertEquals(4, table.getItems().size());
        assertTrue(robot.lookup("#importRunButton").queryAs(Button.class).isDisabled(), "rows in error");
        assertFalse(robot.lookup("#importErrorReportButton").queryAs(Button.class).isDisabled());
        ComboBox<Integer> idColumn = robot.lookup("#importMapping-ID_NUMBER").queryAs(ComboBox.class);
        assertEquals(3, idColumn.getValue());
        assertTrue(robot.lookup("#importSummaryLabel").queryAs(Label.class).getText().contains("有错误 2"));
        AppFlow.snapshot(stage, "screenshot-import.png");

        robot.interact(() -> robot.lookup("#importStatusFilter").queryAs(ComboBox.class).setValue(RowStatus.ERROR));
        assertEquals(2, table.getItems().size());
        assertEquals("有错误", robot.lookup("#importStatusFilter").queryAs(ComboBox.class).getButtonCell().getText());
        robot.interact(() -> robot.lookup("#importValidOnlyBox").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertFalse(robot.lookup("#importRunButton").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#importRunButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importStatusLabel").queryAs(Label.class).getText().contains("新增 2 条"));
        assertEquals(1, robot.lookup("#importHistoryTable").queryAs(TableView.class).getItems().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamLeaderPreviewsARosterOfTheirTeamInEitherLanguageAndSize(FxRobot robot) throws Exception {
        // a world of its own: the fixtures' units are not those of the screen's other test
        try (TestServices s = TestServices.inTemporaryFolder("bee-roster-views")) {
            previewRoster(robot, s);
        }
    }

    @SuppressWarnings("unchecked")
    private void previewRoster(FxRobot robot, TestServices t) throws Exception {
        ActivityFixtures w = new ActivityFixtures(t);
        Activity talk = w.activity("安全用电进社区", w.bees, 3, "2.0");
        String wangId = t.services().database().read(dsl -> new PersonStore(dsl).byId(w.wang.id())).orElseThrow()
                .idNumber();
        Path file = ImportFiles.xlsx(Files.createTempFile(t.dir(), "签到表", ".xlsx"), List.of(
                List.of("活动主题", "服务日期", "团队", "志愿者姓名", "证件号码", "志愿时长", "备注"),
                List.of("安全用电进社区", talk.heldOn().toString(), w.bees.name(), "王芳", wangId, "1.5", ""),
                List.of("安全用电进社区", talk.heldOn().toString(), w.bees.name(), "李强", wangId, "3", "")));
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                robot.interact(() -> {
                    view = new ImportView(new ImportViewModel(new UiContext(w.leader, m, TaskRunner.direct()),
                            t.services().imports()), m);
                    stage.setScene(new Scene(view.build(), size[0], size[1]));
                    view.chooseFile(file);
                });
                WaitForAsyncUtils.waitForFxEvents();
                ComboBox<ImportKind> kind = robot.lookup("#importKindBox").queryAs(ComboBox.class);
                assertEquals(List.of(ImportKind.ACTIVITY_ROSTER), kind.getItems(), "a team leader imports rosters only");
                assertEquals(m.label(ImportKind.ACTIVITY_ROSTER), kind.getButtonCell().getText());
                TableView<ImportRow> table = robot.lookup("#importPreviewTable").queryAs(TableView.class);
                assertEquals(List.of(RowStatus.NEW, RowStatus.ERROR), table.getItems().stream().map(ImportRow::status)
                        .toList());
                AppFlow.snapshot(stage, "import-roster-" + m.locale() + "-" + size[0] + ".png");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileLackingARequiredColumnShowsItsColumnsToAssignAndTheGreyedOutCommandsSayWhy(FxRobot robot)
            throws Exception {
        Path file = ImportFiles.xlsx(Files.createTempFile(t.dir(), "缺列", ".xlsx"), List.of(
                List.of("姓名", "身份证号", "单位", "面貌"), List.of("张三", id("19900101", 11), "JY", "群众")));
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            view = new ImportView(new ImportViewModel(new UiContext(ADMIN, zh, TaskRunner.direct()),
                    t.services().imports()), zh);
            stage.setScene(new Scene(view.build(), 1280, 800));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button run = robot.lookup("#importRunButton").queryAs(Button.class);
        Button report = robot.lookup("#importErrorReportButton").queryAs(Button.class);
        assertTrue(run.isDisabled());
        assertEquals("请先打开要导入的文件。", org.dianmifeng.console.ui.ViewSupport.disabledTip(run));
        assertEquals("请先打开要导入的文件。", org.dianmifeng.console.ui.ViewSupport.disabledTip(report));

        robot.interact(() -> view.chooseFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importStatusLabel").queryAs(Label.class).getText().contains("缺少必需的列：政治面貌"));
        assertFalse(robot.lookup("#importMappingHint").query().isVisible(), "the file's columns, not the empty hint");
        ComboBox<Integer> status = robot.lookup("#importMapping-POLITICAL_STATUS").queryAs(ComboBox.class);
        assertEquals(-1, status.getValue());
        assertEquals(List.of(-1, 0, 1, 2, 3), status.getItems(), "none, or any of the file's four columns");
        assertEquals("D 面貌", status.getConverter().toString(3));
        assertEquals("文件缺少必需的列：政治面貌。请在左侧“列对应”中为其选择文件的列，或在文件中添加这些列后重新打开。",
                org.dianmifeng.console.ui.ViewSupport.disabledTip(run));

        robot.interact(() -> robot.lookup("#importMapping-POLITICAL_STATUS").queryAs(ComboBox.class).setValue(3));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ImportRow> table = robot.lookup("#importPreviewTable").queryAs(TableView.class);
        assertEquals(List.of(RowStatus.NEW), table.getItems().stream().map(ImportRow::status).toList());
        assertFalse(run.isDisabled(), "the missing field assigned, the file can be imported");
        assertNull(org.dianmifeng.console.ui.ViewSupport.disabledTip(run));
        assertEquals("读取的文件没有有错误的行，无需错误报告。", org.dianmifeng.console.ui.ViewSupport.disabledTip(report));
        assertEquals(3, robot.lookup("#importMapping-POLITICAL_STATUS").queryAs(ComboBox.class).getValue());
    }
}
