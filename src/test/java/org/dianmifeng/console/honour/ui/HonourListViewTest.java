package org.dianmifeng.console.honour.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.Honour;
import org.dianmifeng.console.honour.HonourFilter;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The honours screen, headless: filters as you type, an editor adds an honour through the form, a viewer only reads. */
@ExtendWith(ApplicationExtension.class)
class HonourListViewTest {
    TestServices t;
    Stage stage;
    Unit yixing;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-honour-views");
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        Unit station = t.unit("YX-DS", "丁蜀供电所", yixing);
        Team team = t.services().teams().create(ADMIN, new Team(null, "宜兴市供电公司“蜜蜂行动”青年志愿服务队",
                TeamKind.YOUTH, station.id(), null, null, "蜜蜂行动", null, true, null));
        t.services().honours().create(ADMIN, new Honour(null, "江苏省优秀志愿服务组织", HonourLevel.PROVINCIAL,
                "志愿服务组织", "江苏省文明办", 2021, null, RecipientKind.TEAM, team.id(), null, null, null));
        t.services().honours().create(ADMIN, new Honour(null, "无锡市工人先锋号", HonourLevel.CITY, "先进集体",
                "无锡市总工会", 2025, null, RecipientKind.UNIT, city.id(), "WX-2025-0012", null, null));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    void show(FxRobot robot, Session who) {
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            HonourListViewModel vm = new HonourListViewModel(new UiContext(who, zh, TaskRunner.direct()),
                    t.services().honours(), t.services().units(), t.services().teams(), t.services().people());
            stage.setScene(new Scene(new HonourListView(vm, zh).build(), 1300, 760));
        });
    }

    /** 删除 of an honour with no scan does not speak of one, and its buttons say what they do: 删除荣誉 / 返回. */
    @Test
    @SuppressWarnings("unchecked")
    void deletingAnHonourWithoutAScanAsksWithoutSpeakingOfOne(FxRobot robot) {
        show(robot, ADMIN);
        TableView<org.dianmifeng.console.honour.HonourRow> table = robot.lookup("#honourTable").queryAs(TableView.class);
        int row = table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.honour().title().equals("无锡市工人先锋号")).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(row));
        javafx.application.Platform.runLater(() -> robot.lookup("#deleteHonourButton").queryButton().fire());
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery()
                .isPresent()), "it asks first");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("删除 2025 年度“无锡市工人先锋号”（获得者：无锡供电公司）？", pane.getContentText());
        assertEquals(java.util.List.of("删除荣誉", "返回"), pane.getButtonTypes().stream().map(b -> b.getText()).toList());
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        assertEquals(2, t.services().honours().list(ADMIN, null).size(), "返回 deletes nothing");
    }

    @Test
    void theYearAndLevelFiltersShowTheirChoicesWholeInANarrowWindow(FxRobot robot) {
        show(robot, ADMIN);
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        for (String[] box : new String[][] {{"#honourYearFilter", "全部年度"}, {"#honourLevelFilter", "全部级别"}}) {
            ComboBox<?> combo = robot.lookup(box[0]).queryAs(ComboBox.class);
            javafx.scene.text.Text text = new javafx.scene.text.Text(box[1]);
            text.setFont(((javafx.scene.control.ListCell<?>) combo.lookup(".list-cell")).getFont());
            // the text, the cell's padding and the arrow button
            assertTrue(combo.getWidth() >= text.getLayoutBounds().getWidth() + 40,
                    box[0] + " is " + combo.getWidth() + " px wide for " + text.getLayoutBounds().getWidth());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorFiltersAndAddsAnHonourThroughTheForm(FxRobot robot) {
        show(robot, ADMIN);
        TableView<HonourRow> table = robot.lookup("#honourTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        robot.clickOn("#honourRecipientFilter").write("蜜蜂");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.interact(() -> robot.lookup("#honourRecipientFilter").queryTextInputControl().clear());
        assertEquals(2, table.getItems().size());

        robot.clickOn("#addHonourButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#honourTitleField").write("宜兴市文明单位");
        robot.clickOn("#honourAwardedByField").write("宜兴市文明委");
        robot.clickOn("#honourCertificateNoField").write("XQ-2026-0001");
        robot.interact(() -> {
            robot.lookup("#honourLevelBox").queryAs(ComboBox.class).setValue(HonourLevel.COUNTY);
            ComboBox<UnitOrder.Entry> units = robot.lookup("#honourUnitBox").queryAs(ComboBox.class);
            units.setValue(units.getItems().stream().filter(e -> e.unit().id().equals(yixing.id())).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
        assertTrue(t.services().honours().list(ADMIN, new HonourFilter(2026, HonourLevel.COUNTY, yixing.id(), null,
                null)).stream().anyMatch(r -> r.honour().certificateNo().equals("XQ-2026-0001")));

        robot.interact(() -> robot.lookup("#honourLevelFilter").queryAs(ComboBox.class).setValue(HonourLevel.COUNTY));
        assertEquals(1, table.getItems().size());
        assertEquals("宜兴市文明单位", table.getItems().get(0).honour().title());
    }

    @Test
    void aViewerReadsWithoutEditingCommands(FxRobot robot) {
        show(robot, VIEWER);
        assertEquals(2, robot.lookup("#honourTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#honourActionBar").query().isVisible(), "no add, edit, delete or upload");
        assertTrue(robot.lookup("#exportHonoursButton").queryButton().isVisible());
        assertTrue(robot.lookup("#saveCertificateButton").queryButton().isVisible());
    }
}
