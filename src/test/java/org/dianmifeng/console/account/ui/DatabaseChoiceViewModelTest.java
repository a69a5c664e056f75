package org.dianmifeng.console.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class DatabaseChoiceViewModelTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private final List<ServerLogin> tried = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private int local;

    private DatabaseChoiceViewModel<String> vm(boolean serverAnswers) {
        return new DatabaseChoiceViewModel<>(ZH, TaskRunner.direct(), login -> {
            tried.add(new ServerLogin(login.url(), login.user(), login.password()));
            if (!serverAnswers) {
                throw new ConsoleException("error.server.connect", login.url(), login.user());
            }
            return "services on " + login.url();
        }, () -> local++, opened::add);
    }

    @Test
    void thisPcsDatabaseIsTheDefaultAndNeedsNothing() {
        DatabaseChoiceViewModel<String> vm = vm(true);
        vm.proceed();
        assertEquals(1, local);
        assertTrue(tried.isEmpty());
    }

    @Test
    void theServersFieldsAreCheckedBeforeAnyConnection() {
        DatabaseChoiceViewModel<String> vm = vm(true);
        vm.serverProperty().set(true);
        vm.portProperty().set("99999");
        vm.userProperty().set(" ");
        vm.proceed();
        assertTrue(tried.isEmpty());
        assertEquals(ZH.text("error.required"), vm.errors().message("server.host"));
        assertEquals(ZH.text("error.server.port"), vm.errors().message("server.port"));
        assertEquals(ZH.text("error.required"), vm.errors().message("server.user"));
        assertEquals(ZH.text("error.required"), vm.errors().message("server.password"));
        assertNull(vm.errors().message("server.database"), "bee is filled in");
        assertEquals(0, local);
    }

    @Test
    void aServerThatAnswersIsOpenedWithTlsOnAndThePasswordCleared() {
        DatabaseChoiceViewModel<String> vm = vm(true);
        vm.serverProperty().set(true);
        vm.hostProperty().set(" db.wuxi.example ");
        vm.passwordProperty().set("S3rver-Pass");
        vm.proceed();
        assertEquals(List.of("services on jdbc:postgresql://db.wuxi.example:5432/bee?sslmode=verify-full"
                + "&ApplicationName=bee-console"), opened);
        assertEquals("bee_console", tried.get(0).user());
        assertEquals("S3rver-Pass", new String(tried.get(0).password()));
        assertEquals("", vm.passwordProperty().get(), "the typed password is not kept in the form");
    }

    @Test
    void aServerThatDoesNotAnswerIsToldAndTheFormKeepsWhatWasTyped() {
        DatabaseChoiceViewModel<String> vm = vm(false);
        vm.serverProperty().set(true);
        vm.hostProperty().set("10.1.2.3");
        vm.tlsProperty().set(false);
        vm.passwordProperty().set("S3rver-Pass");
        vm.proceed();
        assertTrue(opened.isEmpty());
        assertTrue(tried.get(0).url().contains("sslmode=disable"));
        assertNotNull(vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("无法连接单位数据库服务器"), vm.errorProperty().get());
        assertEquals("S3rver-Pass", vm.passwordProperty().get());
        assertEquals("10.1.2.3", vm.hostProperty().get());
    }
}
