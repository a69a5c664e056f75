package org.dianmifeng.console.account.ui;

import org.dianmifeng.console.testing.TestKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The account screens' ViewModels; the account form also as a view (headless), for what its fields' order decides. */
@ExtendWith(ApplicationExtension.class)
class AccountViewModelsTest {
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
    void firstAdministratorShowsProblemsBesideFieldsThenLogsIn() {
        List<Account> created = new ArrayList<>();
        FirstAdminViewModel first = new FirstAdminViewModel(ZH, TaskRunner.direct(), accounts, created::add);
        first.displayNameProperty().set("管理员");
        first.passwordProperty().set("short");
        first.repeatProperty().set("shorter");
        first.create();
        assertTrue(created.isEmpty());
        assertEquals(ZH.text("error.password.tooShort", 10, 5), first.errors().message("account.password"));
        assertEquals(ZH.text("error.password.mismatch"), first.errors().message("account.repeat"));
        first.passwordProperty().set("0123456789ab");
        first.repeatProperty().set("0123456789ab");
        first.create();
        assertEquals(1, created.size());
        assertTrue(first.errors().isEmpty());
        assertEquals("", first.passwordProperty().get());

        List<Session> sessions = new ArrayList<>();
        LoginViewModel login = new LoginViewModel(ZH, TaskRunner.direct(), accounts::login, sessions::add);
        assertTrue(login.canLoginProperty().get(), "offered with nothing typed, to say what is missing");
        login.login();
        assertEquals(ZH.text("error.login.noUsername"), login.errorProperty().get());
        login.usernameProperty().set("admin");
        login.login();
        assertEquals(ZH.text("error.login.noPassword"), login.errorProperty().get());
        assertTrue(sessions.isEmpty());
        login.passwordProperty().set("wrong-password");
        login.login();
        assertEquals(ZH.text("error.login.failed"), login.errorProperty().get());
        assertEquals("", login.passwordProperty().get(), "the password is cleared after an attempt");
        login.passwordProperty().set("0123456789ab");
        login.login();
        assertEquals(Role.ADMINISTRATOR, sessions.get(0).role());
        assertNull(login.errorProperty().get());
    }

    @Test
    void theAccountListCreatesResetsAndUnlocks() {
        accounts.createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        Session admin = accounts.login("admin", "0123456789".toCharArray());
        AccountListViewModel vm = new AccountListViewModel(new UiContext(admin, ZH, TaskRunner.direct()), accounts);
        vm.load();
        assertEquals(1, vm.rows().size());

        AccountFormViewModel form = vm.newAccountForm();
        form.usernameProperty().set("Li.Si");
        form.displayNameProperty().set("李四");
        form.roleProperty().set(Role.VIEWER);
        form.passwordProperty().set("abcdefghij");
        form.repeatProperty().set("abcdefghij");
        AtomicBoolean closed = new AtomicBoolean();
        form.save(() -> closed.set(true));
        assertTrue(closed.get(), form.errorProperty().get());
        assertEquals(2, vm.rows().size());
        vm.filterProperty().set("查看");
        assertEquals(List.of("li.si"), vm.rows().stream().map(Account::username).toList());
        assertEquals(java.util.Arrays.asList("li.si", "李四", "查看者", null, "启用", null), vm.cells(vm.rows().get(0)));

        for (int i = 0; i < 5; i++) {
            try {
                accounts.login("li.si", "not-the-password".toCharArray());
            } catch (RuntimeException expected) {
                // each wrong password is refused
            }
        }
        vm.load();
        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(vm.isLocked(vm.selectedProperty().get()));
        assertNotNull(vm.cells(vm.selectedProperty().get()).get(5));
        vm.unlock();
        assertFalse(vm.isLocked(vm.selectedProperty().get()));

        PasswordFormViewModel reset = vm.resetPasswordForm();
        assertFalse(reset.needsOldPassword());
        reset.passwordProperty().set("new-password-1");
        reset.repeatProperty().set("new-password-2");
        closed.set(false);
        reset.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertNotNull(reset.errors().message("account.repeat"));
        reset.repeatProperty().set("new-password-1");
        reset.save(() -> closed.set(true));
        assertTrue(closed.get());
        assertEquals("li.si", accounts.login("li.si", "new-password-1".toCharArray()).username());

        vm.filterProperty().set("");
        vm.selectedProperty().set(vm.rows().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow());
        vm.toggleActive();
        assertEquals(ZH.text("error.account.notYourself", "admin"), vm.errorProperty().get());
    }

    @Test
    void exportsExactlyTheFilteredSortedAccounts() throws Exception {
        accounts.createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        Session admin = accounts.login("admin", "0123456789".toCharArray());
        for (Account a : List.of(Account.draft("li.si", "李四", Role.VIEWER), Account.draft("li.na", "李娜", Role.OFFICE_STAFF),
                Account.draft("wang.wu", "王五", Role.VIEWER))) {
            accounts.create(admin, a, "abcdefghij".toCharArray(), "abcdefghij".toCharArray());
        }
        AccountListViewModel vm = new AccountListViewModel(new UiContext(admin, ZH, TaskRunner.direct()), accounts);
        vm.load();
        assertEquals(4, vm.rows().size());
        vm.filterProperty().set("李");
        vm.rows().setComparator(Comparator.comparing(Account::username));
        assertEquals(List.of("li.na", "li.si"), vm.rows().stream().map(Account::username).toList());
        Path out = dir.resolve("accounts.xlsx");
        vm.export(out);
        assertNull(vm.errorProperty().get());
        assertTrue(vm.noticeProperty().get().contains("2"), vm.noticeProperty().get());

        List<List<String>> sheet = Workbooks.read(out);
        assertEquals("账户列表", sheet.get(0).get(0));
        assertEquals(List.of("用户名", "姓名", "角色", "服务队", "状态", "锁定至"), sheet.get(1));
        assertEquals(List.of(List.of("li.na", "李娜", "办公室人员", "", "启用"), List.of("li.si", "李四", "查看者", "", "启用")),
                sheet.subList(2, sheet.size()));
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
        List<String> fields = Arrays.stream(summary.split("\n")).map(line -> line.substring(0, line.indexOf("："))) // 字段：问题
                .toList();
        assertEquals(List.of("account.username", "account.displayName", "account.team", "account.password",
                        "account.repeat").stream().map(f -> ZH.text("field." + f)).toList(), fields);
        assertEquals(ZH.text("error.account.usernameChars"), form.errors().message("account.username"));
        assertEquals(ZH.text("error.account.teamRequired"), form.errors().message("account.team"));
    }

    /**
     * The signed-in administrator's own account is not offered 更改角色 nor 停用 (the service refuses both): greyed
     * out, the service's reason on hover; another account is offered them. A refusal in the status bar goes when the
     * next command opens a form, whose dialog it said nothing about.
     */
    @Test
    void ownAccountIsNotOfferedRoleOrDeactivationAndANewCommandClearsTheRefusal() {
        accounts.createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        Session admin = accounts.login("admin", "0123456789".toCharArray());
        AccountListViewModel vm = new AccountListViewModel(new UiContext(admin, ZH, TaskRunner.direct()), accounts);
        AccountFormViewModel form = vm.newAccountForm();
        form.usernameProperty().set("li.si");
        form.displayNameProperty().set("李四");
        form.roleProperty().set(Role.VIEWER);
        form.passwordProperty().set("abcdefghij");
        form.repeatProperty().set("abcdefghij");
        form.save(() -> { });
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            stage.setScene(new Scene(new AccountListView(vm, ZH).build(), 1280, 800));
            stage.show();
        });
        javafx.scene.control.Button role = (javafx.scene.control.Button) stage.getScene().lookup("#accountRoleButton");
        javafx.scene.control.Button active = (javafx.scene.control.Button) stage.getScene().lookup("#accountActiveButton");
        Account own = vm.rows().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        Account other = vm.rows().stream().filter(a -> a.username().equals("li.si")).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.selectedProperty().set(own));
        String why = ZH.text("error.account.notYourself", "admin");
        assertTrue(role.isDisabled(), "one's own role");
        assertTrue(active.isDisabled(), "one's own account stays active");
        assertEquals(why, org.dianmifeng.console.ui.ViewSupport.disabledTip(role));
        assertEquals(why, org.dianmifeng.console.ui.ViewSupport.disabledTip(active));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.selectedProperty().set(other));
        assertFalse(role.isDisabled());
        assertFalse(active.isDisabled());

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            vm.selectedProperty().set(own);
            vm.toggleActive(); // as the screen did before: refused in the status bar
        });
        assertEquals(why, vm.errorProperty().get());
        WaitForAsyncUtils.waitForAsyncFx(5_000, vm::newAccountForm);
        assertNull(vm.errorProperty().get(), "opening the new account's form clears the refusal");
        WaitForAsyncUtils.waitForAsyncFx(5_000, vm::toggleActive);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> vm.selectedProperty().set(other));
        WaitForAsyncUtils.waitForAsyncFx(5_000, vm::resetPasswordForm);
        assertNull(vm.errorProperty().get(), "and so does the password form's");
    }
}
