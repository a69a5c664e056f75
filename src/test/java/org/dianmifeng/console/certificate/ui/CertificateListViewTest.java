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
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            CertificateListViewModel vm = new CertificateListViewModel(new UiContext(who, zh, TaskRunner.direct()),
                    t.services().certificates(), t.services().certificateReport(), t.services().teams());
            CertificateListView view = new CertificateListView(vm, zh).setSaveChooser(name -> {
                offered.add(name);
                return Optional.of(out);
            });
            stage.setScene(new Scene(view.build(), 1280, 800));
        });
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
    void aViewerSeesTheRegisterButNoCommands(FxRobot robot) {
        t.services().certificates().issue(OFFICE, t.services().certificates().personByVolunteerNo("V2021000001"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Messages.of(Messages.CHINESE));
        show(robot, VIEWER);
        assertEquals(1, robot.lookup("#certificateTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#certificateActionBar").query().isVisible());
        assertTrue(robot.lookup("#exportCertificatesButton").queryButton().isVisible());
    }
}
