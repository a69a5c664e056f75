package org.dianmifeng.console.volunteer.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.account.ui.AccountListView;
import org.dianmifeng.console.account.ui.AccountListViewModel;
import org.dianmifeng.console.account.ui.AuditLogView;
import org.dianmifeng.console.account.ui.AuditLogViewModel;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The team, account and audit screens load from their FXML and show their data, headless. */
@ExtendWith(ApplicationExtension.class)
class TeamAndAccountViewsTest {
    TestServices t;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-views");
        Services s = t.services();
        Unit city = t.city();
        s.teams().create(ADMIN, new Team(null, "澄心澄意共产党员服务队", TeamKind.PARTY_MEMBER, city.id(), null,
                LocalDate.of(2020, 1, 1), "电蜜蜂", null, true, null));
        s.teams().create(ADMIN, new Team(null, "蜜蜂行动志愿服务队", TeamKind.YOUTH, city.id(), null, null, null, null, true, null));
        s.accounts().createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        Messages messages = Messages.of(Messages.CHINESE);
        UiContext ctx = new UiContext(ADMIN, messages, TaskRunner.direct());
        TabPane tabs = new TabPane(
                new Tab("teams", new TeamListView(new TeamListViewModel(ctx, s.teams(), s.units(), s.people()), messages).build()),
                new Tab("accounts", new AccountListView(new AccountListViewModel(ctx, s.accounts()), messages).build()),
                new Tab("audit", new AuditLogView(new AuditLogViewModel(ctx, s.audit()), messages).build()));
        stage.setScene(new Scene(tabs, 1000, 700));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theTeamListFiltersAsYouTypeAndTheOtherScreensShowTheirRows(FxRobot robot) {
        TableView<?> teams = robot.lookup("#teamTable").queryAs(TableView.class);
        assertEquals(2, teams.getItems().size());
        robot.clickOn("#teamFilterField").write("蜜蜂行动");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, teams.getItems().size());
        assertEquals("名称", teams.getColumns().get(0).getText());

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<?> accounts = robot.lookup("#accountTable").queryAs(TableView.class);
        assertEquals(1, accounts.getItems().size());

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<?> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertEquals(4, audit.getItems().size());
        assertTrue(robot.lookup(".status-line").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("4")));
    }

    @Test
    void whatTheConsoleItselfDidIsShownAsTheSystemInTheUsersLanguage(FxRobot robot) {
        // the sample data and the command line act as Session.system(): the demo's first entry showed "system"
        t.services().teams().create(org.dianmifeng.console.core.Session.system(), new Team(null, "系统建的服务队",
                TeamKind.YOUTH, t.city().id(), null, null, null, null, true, null));
        for (String[] language : new String[][] {{"zh", "系统"}, {"en", "System"}}) {
            robot.interact(() -> {
                Messages m = Messages.of(language[0].equals("zh") ? Messages.CHINESE : Messages.ENGLISH);
                stage.setScene(new Scene(new AuditLogView(new AuditLogViewModel(new UiContext(ADMIN, m,
                        TaskRunner.direct()), t.services().audit()), m).build(), 1000, 700));
            });
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> audit = robot.lookup("#auditTable").queryAs(TableView.class);
            java.util.List<Object> who = new java.util.ArrayList<>();
            for (int row = 0; row < audit.getItems().size(); row++) {
                who.add(audit.getColumns().get(1).getCellData(row));
            }
            assertTrue(who.contains(language[1]), language[0] + ": " + who);
            assertTrue(!who.contains("system"), language[0] + ": " + who);
        }
    }
}
