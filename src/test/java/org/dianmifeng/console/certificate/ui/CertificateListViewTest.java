package org.dianmifeng.console.certificate.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.certificate.CertificateRow;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The certificates screen, headless: an issuer issues a certificate through the dialog; a viewer only reads. */
@ExtendWith(ApplicationExtension.class)
class CertificateListViewTest {
    TestServices t;
    Stage stage;
    Path out;
    final List<String> offered = new ArrayList<>();
    /** Whether the save chooser is dismissed, as a person who cancels it. */
    boolean dismissChooser;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-certificate-views");
        StarFixtures f = new StarFixtures(t);
        Person wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
        f.serve(wang, LocalDate.of(2025, 3, 1), "12.5", "APPROVED", "LECTURE", "文明故事宣讲");
        out = Files.createTempFile("bee-certificate", ".xlsx");
        Files.delete(out);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        t.close();
        Files.deleteIfExists(out);
    }

    void show(FxRobot robot, Session who) {
        show(robot, who, Messages.CHINESE, 1280, 800);
    }

    void show(FxRobot robot, Session who, java.util.Locale locale, int width, int height) {
        robot.interact(() -> {
            Messages zh = Messages.of(locale);
            CertificateListViewModel vm = new CertificateListViewModel(new UiContext(who, zh, TaskRunner.direct()),
                    t.services().certificates(), t.services().certificateReport(), t.services().teams());
            CertificateListView view = new CertificateListView(vm, zh).setSaveChooser(name -> {
                offered.add(name);
                return dismissChooser ? Optional.empty() : Optional.of(out);
            });
            stage.setScene(new Scene(view.build(), width, height));
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anIssuerIssuesACertificateThroughTheDialogAndFindsItByItsNumber(FxRobot robot) {
        show(robot, OFFICE);
        TableView<CertificateRow> table = robot.lookup("#certificateTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        robot.clickOn("#issueCertificateButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#certificatePersonField").write("V2021000001");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("志愿服务记录证明.xlsx"), offered);
        assertTrue(Files.exists(out), "the certificate was written");
        assertEquals(1, table.getItems().size());
        assertEquals("DMF-ZM-2026-000001", table.getItems().get(0).certificate().certNo());
        assertEquals("2025-01-01", table.getItems().get(0).certificate().periodFrom().toString());
        String status = robot.lookup(".status-line").queryAs(Label.class).getText();
        assertTrue(status.contains("1 份证明"), status);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.clickOn("#certificateNumberField").write("DMF-ZM-2026-000001").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("DMF-ZM-2026-000001", table.getSelectionModel().getSelectedItem().certificate().certNo());
        assertFalse(robot.lookup("#revokeCertificateButton").queryButton().isDisabled());
    }

    @Test
    void saveChecksEveryFieldInTheDialogBeforeItAsksWhereToSave(FxRobot robot) {
        show(robot, TestServices.ADMIN);
        robot.clickOn("#issueCertificateButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DatePicker to = robot.lookup("#certificateToField").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(to.getEditor()).eraseText(10).write("2025-02-30");
        robot.clickOn("#saveButton");
        javafx.scene.control.TextField person = robot.lookup("#certificatePersonField").queryAs(javafx.scene.control.TextField.class);
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(person::isFocused),
                "focus on the first field in error, the volunteer number");
        assertTrue(offered.isEmpty(), "no file was asked for: " + offered);
        assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "the dialog stays open");
        assertEquals("2025-02-30", to.getEditor().getText(), "what was typed stays");
        List<String> shown = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(javafx.scene.Node::isVisible).map(Label::getText).toList();
        assertEquals(List.of("必填", "无法识别日期“2025-02-30”：请按 年-月-日 输入，如 1990-01-01"), shown,
                "both errors beside their fields");
        Label status = (Label) robot.lookup("#formDialog").query().lookupAll(".label").stream()
                .filter(n -> n.isVisible() && ((Label) n).getText() != null
                        && ((Label) n).getText().startsWith("志愿者编号："))
                .findFirst().orElseThrow(() -> new AssertionError("no summary in the dialog"));
        assertEquals("志愿者编号：必填\n服务期间至：无法识别日期“2025-02-30”：请按 年-月-日 输入，如 1990-01-01",
                status.getText(), "the summary names the fields");

        // corrected, then the chooser dismissed: the dialog stays with its input
        robot.clickOn(person).write("V2021000001");
        robot.clickOn(to.getEditor()).eraseText(10).write("2025-12-31");
        dismissChooser = true;
        robot.clickOn("#saveButton");
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(() -> offered.size() == 1), "asked where to save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "dismissed: the dialog stays open");
        assertEquals("V2021000001", person.getText());
        assertFalse(Files.exists(out));

        // a refusal of the service after the file was chosen shows in the dialog too
        robot.clickOn(to.getEditor()).eraseText(10).write("2025-02-01");
        dismissChooser = false;
        robot.clickOn("#saveButton");
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(() -> offered.size() == 2), "asked where to save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "refused: the dialog stays open");
        assertTrue(robot.lookup("#formDialog").query().lookupAll(".label").stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText() != null
                        && ((Label) n).getText().contains("不能出具证明")), "the refusal shows in the dialog");
        assertEquals("V2021000001", person.getText());
        assertFalse(Files.exists(out));
    }

    @Test
    void issueForATeamRequiresTheTeamInTheDialogInEnglish(FxRobot robot) {
        show(robot, TestServices.ADMIN, Messages.ENGLISH, 1280, 800);
        robot.clickOn("#issueTeamCertificatesButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveButton");
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(() -> robot.lookup("#certificateTeamBox").query()
                .isFocused()), "focus on the team");
        assertTrue(offered.isEmpty(), "no file was asked for");
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && "Required".equals(l.getText())));
        assertTrue(robot.lookup("#formDialog").query().lookupAll(".label").stream()
                .anyMatch(n -> "Team: Required".equals(((Label) n).getText())), "the summary names the field");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCertificateOfTheSampleDataIsHandledByTheSystemInTheUsersLanguage(FxRobot robot) {
        // the demo's certificates are issued by the sample-data loader: 经办人 showed "system"
        t.services().certificates().issue(Session.system(), t.services().certificates()
                .personByVolunteerNo("V2021000001"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                Messages.of(Messages.CHINESE));
        for (String[] language : new String[][] {{"zh", "系统"}, {"en", "System"}}) {
            show(robot, VIEWER, language[0].equals("zh") ? Messages.CHINESE : Messages.ENGLISH, 1280, 800);
            TableView<CertificateRow> table = robot.lookup("#certificateTable").queryAs(TableView.class);
            javafx.scene.control.TableColumn<CertificateRow, ?> handledBy = table.getColumns().get(8);
            assertEquals(Messages.of(language[0].equals("zh") ? Messages.CHINESE : Messages.ENGLISH)
                    .text("certificate.col.issuedBy"), handledBy.getText());
            assertEquals(language[1], String.valueOf(handledBy.getCellData(0)), language[0]);
        }
    }

    @Test
    void aViewerSeesTheRegisterButNoCommands(FxRobot robot) {
        t.services().certificates().issue(OFFICE, t.services().certificates().personByVolunteerNo("V2021000001"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Messages.of(Messages.CHINESE));
        show(robot, VIEWER);
        assertEquals(1, robot.lookup("#certificateTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#certificateActionBar").query().isVisible());
        assertTrue(robot.lookup("#exportCertificatesButton").queryButton().isVisible());
    }

    @Test
    void everyCommandIsInSightAtBothSizesInBothLanguages(FxRobot robot) throws Exception {
        org.dianmifeng.console.certificate.Certificate c = t.services().certificates().issue(OFFICE,
                t.services().certificates().personByVolunteerNo("V2021000001"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), Messages.of(Messages.CHINESE));
        t.services().certificates().revoke(OFFICE, c.id(), "服务期间填写有误");
        t.services().certificates().issue(OFFICE, t.services().certificates().personByVolunteerNo("V2021000001"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), Messages.of(Messages.CHINESE));
        for (java.util.Locale locale : new java.util.Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                show(robot, TestServices.ADMIN, locale, size[0], size[1]);
                double sceneWidth = stage.getScene().getWidth();
                for (String id : new String[] {"#exportCertificatesButton", "#certificateSearchButton",
                        "#issueCertificateButton", "#issueTeamCertificatesButton", "#revokeCertificateButton",
                        "#certificateOrganisationButton"}) {
                    javafx.scene.Node button = robot.lookup(id).query();
                    javafx.geometry.Bounds b = button.localToScene(button.getBoundsInLocal());
                    assertTrue(button.isVisible() && b.getMaxX() <= sceneWidth && b.getWidth() > 0,
                            id + " at " + b + " in " + sceneWidth + " (" + locale + ")");
                }
                if (fitsScreen(size)) {
                    org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-certificates-" + locale.getLanguage()
                        + "-" + size[0] + ".png");
                }
            }
        }
    }

    /** Whether the headless screen holds a window of {@code size} (a snapshot of a larger one fails). */
    static boolean fitsScreen(int[] size) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        return screen.getWidth() >= size[0] && screen.getHeight() >= size[1];
    }
}
