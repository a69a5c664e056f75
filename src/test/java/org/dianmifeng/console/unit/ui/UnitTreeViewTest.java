package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.FxWait;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The company tree, headless, as the Chinese audit used it: rename names its unit and refuses a blank name in its
 * dialog, move offers the unit's parent first in an indented list, and a unit in use (or the top unit) is greyed out
 * with the reason instead of being refused after the confirmation.
 */
@ExtendWith(ApplicationExtension.class)
class UnitTreeViewTest {
    TestServices t;
    Stage stage;
    UnitTreeViewModel vm;
    Unit city;
    Unit jy;
    Unit hs;
    Unit yx;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-unit-tree-view");
        city = t.city();
        jy = t.unit("JY", "江阴市供电公司", city);
        hs = t.unit("JY-HS", "华士供电所", jy);
        t.unit("JY-HS-1", "华士一班", hs);
        yx = t.unit("YX", "宜兴市供电公司", city);
        t.person("张三", "32028119800101001", hs);
        Messages zh = Messages.of(Messages.CHINESE);
        vm = new UnitTreeViewModel(new UiContext(ADMIN, zh, TaskRunner.direct()), t.services().units());
        stage.setScene(new Scene(new UnitTreeView(vm, zh).build(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        org.dianmifeng.console.testing.FxWait.hideWindowsBut(stage);
        t.close();
    }

    private void select(FxRobot robot, Unit unit) {
        robot.interact(() -> vm.selectedProperty().set(vm.units().stream()
                .filter(u -> u.id().equals(unit.id())).findFirst().orElseThrow()));
    }

    private static void press(FxRobot robot, String button) {
        Button b = robot.lookup(button).queryButton();
        Platform.runLater(b::fire); // the dialog waits in its own loop
    }

    private static DialogPane dialog(FxRobot robot) {
        assertTrue(FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()), "a dialog opens");
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private Unit stored(Unit unit) {
        return t.services().units().all(ADMIN).stream().filter(u -> u.id().equals(unit.id())).findFirst().orElseThrow();
    }

    /** The rename dialog says which unit, starts in the name, and keeps a blank name in the dialog (必填 under it). */
    @Test
    void renameNamesItsUnitAndRefusesABlankNameInTheDialog(FxRobot robot) {
        select(robot, yx);
        press(robot, "#renameButton");
        DialogPane pane = dialog(robot);
        assertEquals("重命名“宜兴市供电公司”", pane.getHeaderText());
        assertTrue(FxWait.eventually(() -> robot.lookup("#askTextField").queryAs(TextField.class).isFocused()),
                "the cursor in the name");
        robot.interact(() -> robot.lookup("#askTextField").queryAs(TextField.class).clear());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#askTextField").tryQuery().isPresent(), "a blank name keeps the dialog open");
        assertTrue(robot.lookup("#askTextError").queryAs(Label.class).isVisible());
        assertEquals("必填", robot.lookup("#askTextError").queryAs(Label.class).getText());
        assertNull(vm.errorProperty().get(), "nothing refused in the status bar");
        robot.clickOn("#askTextField").write("宜兴供电公司");
        robot.type(KeyCode.ENTER);
        assertTrue(FxWait.eventually(() -> robot.lookup("#askTextField").tryQuery().isEmpty()), () -> "Enter renames: "
                + robot.lookup("#askTextField").queryAs(TextField.class).getText() + " focused "
                + robot.lookup("#askTextField").queryAs(TextField.class).isFocused());
        assertEquals("宜兴供电公司", stored(yx).name());
    }

    /**
     * Move offers the unit's parent first (Enter changes nothing, not the top unit), lists units indented by depth,
     * and offers neither the unit nor a unit below it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void moveOffersTheParentFirstInAnIndentedListWithoutTheUnitsOwnBranch(FxRobot robot) {
        select(robot, hs);
        press(robot, "#moveButton");
        ComboBox<Unit> box = (ComboBox<Unit>) dialog(robot).lookup(".combo-box");
        assertEquals(jy.id(), box.getValue().id(), "the unit it is under now");
        assertEquals(List.of("无锡供电公司", "江阴市供电公司", "宜兴市供电公司"),
                box.getItems().stream().map(Unit::name).toList(), "not itself, not 华士一班 below it");
        robot.interact(box::show);
        ListView<Unit> list = (ListView<Unit>) robot.lookup(".combo-box-popup .list-view").query();
        List<String> shown = list.lookupAll(".list-cell").stream().map(n -> (ListCell<Unit>) n)
                .filter(c -> !c.isEmpty()).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText).toList();
        assertEquals(List.of("无锡供电公司", "\u3000江阴市供电公司", "\u3000宜兴市供电公司"), shown,
                "indented as in the tree");
        assertEquals("江阴市供电公司", ((ListCell<Unit>) ViewSupport.shownCell(box)).getText(), "the box shows the name");
        robot.interact(box::hide);
        robot.type(KeyCode.ENTER);
        assertTrue(FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty()), "Enter closes it");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(jy.id(), stored(hs).parentId(), "Enter left it where it was");
        assertEquals(hs.version(), stored(hs).version(), "and wrote nothing");
    }

    /** A unit still in use and the top unit are greyed out, with the reason on hover; an unused unit is not. */
    @Test
    void aUnitInUseIsNotOfferedForDeletionNorTheTopUnitForAMove(FxRobot robot) {
        Button delete = robot.lookup("#deleteButton").queryButton();
        Button move = robot.lookup("#moveButton").queryButton();
        select(robot, hs);
        assertTrue(delete.isDisabled(), "people and a unit below it");
        String why = ViewSupport.disabledTip(delete);
        assertNotNull(why);
        assertTrue(why.contains("仍有 1 名人员") && why.contains("仍有 1 个下级单位"), why);
        select(robot, yx);
        assertFalse(delete.isDisabled(), "nothing points to it");
        assertFalse(move.isDisabled());
        select(robot, city);
        assertTrue(move.isDisabled(), "the top unit");
        assertEquals("“无锡供电公司”是最上级单位，没有可以移到其下的单位。", ViewSupport.disabledTip(move));
    }
}
