package org.dianmifeng.console.imports.ui;

import static org.dianmifeng.console.imports.ImportFiles.HEADER;
import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.dianmifeng.console.app.AppFlow;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.imports.ImportFiles;
import org.dianmifeng.console.imports.ImportRow;
import org.dianmifeng.console.imports.RowStatus;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
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
            view.chooseFile(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
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
}
