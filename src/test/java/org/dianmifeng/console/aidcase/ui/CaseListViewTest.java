package org.dianmifeng.console.aidcase.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.IdentityLogFilter;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 梦想小屋帮扶 screen, headless: the list filters as you type, an officer reveals with a reason, the administrator never sees identity. */
@ExtendWith(ApplicationExtension.class)
class CaseListViewTest {
    TestServices t;
    CaseFixtures f;
    Session officer;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-case-views");
        f = new CaseFixtures(t);
        officer = f.officer("officer");
        f.refer(officer, "王小花", true);
        f.refer(officer, "李小明", true);
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    CaseListViewModel show(FxRobot robot, Session who) {
        return show(robot, who, Messages.of(Messages.CHINESE));
    }

    CaseListViewModel show(FxRobot robot, Session who, Messages messages) {
        CaseListViewModel[] shown = new CaseListViewModel[1];
        robot.interact(() -> {
            CaseListViewModel vm = new CaseListViewModel(new UiContext(who, messages,
                    TaskRunner.direct()), f.cases(), t.services().caseWork(), t.services().caseReport(),
                    t.services().units(), t.services().teams());
            CaseListView view = new CaseListView(vm, messages);
            stage.setScene(new Scene(view.build(), 1300, 760));
            stage.sizeToScene(); // a stage another test class resized keeps its size otherwise
            // the split pane's items are its children once its skin is made: at once, not at the next pulse
            stage.getScene().getRoot().applyCss();
            view.setWorkPane(id -> new Label("work " + id));
            shown[0] = vm;
        });
        return shown[0];
    }

    /** An upload of the consent says beside its button what happened: the refusal's reason, then the file's name. */
    @Test
    void theConsentUploadSaysWhatHappenedBesideItsButton(FxRobot robot) throws Exception {
        CaseListViewModel vm = show(robot, officer);
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> vm.reveal("上传同意书"));
        assertFalse(robot.lookup("#attachConsentButton").queryButton().isDisabled());
        Label status = robot.lookup("#identityStatusLabel").queryAs(Label.class);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bee-consent");
        java.nio.file.Path photo = java.nio.file.Files.write(dir.resolve("合影.gif"), new byte[] {1});
        robot.interact(() -> vm.attachConsent(photo));
        assertTrue(status.isVisible());
        assertTrue(status.getText().contains("合影.gif") && status.getText().contains("PDF、JPG 或 PNG"), status.getText());
        assertTrue(status.getStyleClass().contains("danger"));
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("监护人同意书.pdf"), new byte[] {37, 80, 68, 70});
        robot.interact(() -> vm.attachConsent(pdf));
        assertTrue(status.getText().contains("监护人同意书.pdf 已上传"), status.getText());
        assertTrue(status.getStyleClass().contains("success"));
        assertFalse(robot.lookup("#saveConsentButton").queryButton().isDisabled(), "the uploaded consent can be saved");
    }

    @Test
    void anOfficerFiltersTheListAndRevealsTheIdentityWithAReason(FxRobot robot) {
        show(robot, officer);
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        robot.clickOn("#caseFilterField").write("002");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible());
        TabPane tabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        assertEquals(3, tabs.getTabs().size(), "overview, timeline and the work pane");
        assertTrue(robot.lookup("#caseEventTable").tryQuery().isEmpty(), "the timeline joins the screen when first shown");
        robot.clickOn("#revealButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#askTextField").queryAs(TextArea.class);
        robot.clickOn("#askTextField").write("走访前核对住址");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible());
        assertEquals("李小明", robot.lookup("#value-field-child-name").queryAs(Label.class).getText());
        assertEquals(1, f.cases().identityLog(ADMIN, IdentityLogFilter.all()).size());
    }

    @Test
    void theAdministratorSeesNoIdentityAndNoRevealButton(FxRobot robot) {
        show(robot, ADMIN);
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#revealButton").queryButton().isVisible());
        assertFalse(robot.lookup("#identityExportButton").queryButton().isVisible());
        assertFalse(robot.lookup("#referButton").queryButton().isVisible(), "a referral carries identity: officers only");
        assertTrue(robot.lookup("#moveCaseButton").queryButton().isVisible(), "the administrator still keeps the cases");
        assertTrue(robot.lookup("王小花").tryQuery().isEmpty());
    }

    /**
     * The referral and the case's edit open as wide as their form in both languages: no sideways scroll bar, every
     * field (a combo box's arrow too) inside the dialog, after a refused Save as well. The form had its own scroll
     * pane 520 px wide, narrower than its English labels and fields.
     */
    @Test
    void theReferralAndEditFormsFitTheirDialog(FxRobot robot) {
        org.dianmifeng.console.testing.ConsoleLook.themed(robot, () -> formsFit(robot));
    }

    private void formsFit(FxRobot robot) {
        for (Messages messages : java.util.List.of(Messages.of(Messages.ENGLISH), Messages.of(Messages.CHINESE))) {
            show(robot, officer, messages);
            TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
            robot.interact(() -> table.getSelectionModel().select(0));
            for (String button : new String[] {"#referButton", "#editCaseButton"}) {
                javafx.application.Platform.runLater(() -> robot.lookup(button).queryButton().fire());
                assertTrue(org.dianmifeng.console.testing.FxWait.eventually(
                        () -> robot.lookup("#saveButton").tryQuery().isPresent()));
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                assertFits(robot, button);
                robot.interact(() -> robot.lookup("#case-case-referralSource").<javafx.scene.control.TextField>query().setText(""));
                robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "refused, the form stays");
                assertFits(robot, button + " refused");
                robot.interact(() -> robot.lookup("#saveButton").query().getScene().getWindow().hide());
            }
        }
    }

    private static void assertFits(FxRobot robot, String what) {
        javafx.scene.Node pane = robot.lookup("#formDialog").query();
        double width = pane.getScene().getWidth();
        assertTrue(pane.lookupAll(".scroll-bar").stream().noneMatch(b -> b.isVisible()
                && ((javafx.scene.control.ScrollBar) b).getOrientation() == javafx.geometry.Orientation.HORIZONTAL),
                what + ": no sideways scroll bar");
        // the window is sized to its scene: a scene no taller than the screen keeps the dialog, its Save too, on it
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        double asks = pane.getScene().getRoot().prefHeight(-1);
        assertTrue(asks <= screen, what + ": the dialog asks " + asks + " px of a screen " + screen + " high");
        java.util.List<javafx.scene.Node> fields = pane.lookupAll("*").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("case-") && n.isVisible()).toList();
        assertFalse(fields.isEmpty());
        for (javafx.scene.Node n : fields) {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width - 8, what + ": " + n.getId() + " ends at " + b.getMaxX()
                    + " in a dialog " + width + " wide");
        }
    }

    /**
     * A refused reveal says why once, beside the identity's buttons (not in the status line too), and the reason goes
     * once the officer moves on: another tab, another command, another screen and back.
     */
    @Test
    void aRefusalShowsOnceInItsPartAndGoesWhenTheOfficerMovesOn(FxRobot robot) {
        CaseListViewModel vm = show(robot, officer);
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        Label beside = robot.lookup("#identityStatusLabel").queryAs(Label.class);
        Label line = robot.lookup("#caseStatusLabel").queryAs(Label.class);
        java.util.function.Supplier<java.util.List<Label>> shown = () -> java.util.stream.Stream.of(beside, line)
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).toList();
        robot.interact(() -> vm.reveal(""));
        assertEquals(java.util.List.of(beside), shown.get(), "the reason shows once, beside the reveal");
        assertTrue(beside.getStyleClass().contains("danger"));

        TabPane tabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertEquals(java.util.List.of(), shown.get(), "gone on another tab");

        robot.interact(() -> vm.reveal(""));
        robot.interact(vm::moveForm);
        assertEquals(java.util.List.of(), shown.get(), "gone with another command");

        robot.interact(() -> vm.reveal(""));
        javafx.scene.Parent screen = stage.getScene().getRoot();
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane()));
        robot.interact(() -> stage.getScene().setRoot(screen));
        assertEquals(java.util.List.of(), shown.get(), "gone once the screen was left");
    }

    /** The greyed-out identity commands say why on hover: no case chosen, the identity not shown, no consent uploaded. */
    @Test
    void theGreyedOutIdentityCommandsSayWhy(FxRobot robot) throws Exception {
        CaseListViewModel vm = show(robot, officer);
        javafx.scene.control.Button editChild = robot.lookup("#editChildButton").queryButton();
        javafx.scene.control.Button attach = robot.lookup("#attachConsentButton").queryButton();
        javafx.scene.control.Button save = robot.lookup("#saveConsentButton").queryButton();
        assertFalse(editChild.getParent().isVisible(), "no identity commands while no case is chosen");
        assertFalse(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible(),
                "nothing is hidden while no case is chosen");
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible(), "the chosen case's child is");
        assertTrue(editChild.getParent().isVisible(), "its commands show with the case");
        for (javafx.scene.control.Button b : java.util.List.of(editChild, attach, save)) {
            assertTrue(b.isDisabled());
            assertEquals("请先显示儿童身份（“显示身份”，并填写理由）。", ViewSupport.disabledTip(b), b.getId());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(() -> attach.getWidth() > 0
                && stage.getScene().getRoot().localToScene(0, 0) != null), "laid out");
        robot.moveTo(attach);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> ViewSupport.disabledTipOf((javafx.scene.layout.Region) attach.getParent()).isShowing()
                && ViewSupport.disabledTipOf((javafx.scene.layout.Region) attach.getParent()).getText()
                        .equals(ViewSupport.disabledTip(attach)));
        robot.moveTo("#caseTable");
        robot.interact(() -> vm.reveal("核对监护人"));
        assertFalse(editChild.isDisabled());
        assertEquals(null, ViewSupport.disabledTip(editChild), "enabled, it has no reason to give");
        assertEquals(null, editChild.getTooltip(), "nor a tooltip of its own");
        assertEquals(null, ViewSupport.disabledTip(attach));
        assertTrue(save.isDisabled());
        assertEquals("本个案尚未上传监护人同意书扫描件。", ViewSupport.disabledTip(save));
    }
}
