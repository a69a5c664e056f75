package org.dianmifeng.console.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The account form, headless: a refused save lists its problems in the form's reading order. */
@ExtendWith(ApplicationExtension.class)
class AccountFormViewTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    Database db;
    AccountService accounts;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        db = TestKeys.open(dir);
        accounts = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, 1_000);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theStatusLineListsTheProblemsInTheFormsReadingOrder() {
        accounts.createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        Session admin = accounts.login("admin", "0123456789".toCharArray());
        AccountListViewModel list = new AccountListViewModel(new UiContext(admin, ZH, TaskRunner.direct()), accounts);
        AccountFormViewModel form = list.newAccountForm();
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            stage.setScene(new Scene(new AccountFormView(form, ZH).build(), 600, 500));
            stage.show();
        });
        // the service finds these in another order: the name, the team, then the username's characters, the passwords
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            form.usernameProperty().set("Li Si!");
            form.displayNameProperty().set("");
            form.roleProperty().set(Role.TEAM_LEADER);
            form.teamProperty().set(null);
            form.save(() -> { });
        });

        String summary = form.errorProperty().get();
        assertNotNull(summary, "a refused save says why");
        List<String> fields = Arrays.stream(summary.split("\n")).map(line -> line.substring(0, line.indexOf(": ")))
                .toList();
        assertEquals(List.of("account.username", "account.displayName", "account.team", "account.password",
                        "account.repeat").stream().map(f -> ZH.text("field." + f)).toList(), fields);
        assertEquals(ZH.text("error.account.usernameChars"), form.errors().message("account.username"));
        assertEquals(ZH.text("error.account.teamRequired"), form.errors().message("account.team"));
    }
}
