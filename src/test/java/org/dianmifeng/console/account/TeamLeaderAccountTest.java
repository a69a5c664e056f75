package org.dianmifeng.console.account;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.account.ui.AccountListViewModel;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team leader's account: linked to one team, chosen with the role, shown in the account list. */
class TeamLeaderAccountTest {
    static final char[] PW = ActivityFixtures.PASSWORD.toCharArray();
    @TempDir Path dir;
    TestServices t;
    ActivityFixtures w;
    AccountService accounts;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        w = new ActivityFixtures(t);
        accounts = t.services().accounts();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aTeamLeaderNeedsATeamAndOtherRolesKeepNone() {
        ValidationException none = assertThrows(ValidationException.class,
                () -> accounts.create(ADMIN, Account.draft("lead2", "队长", Role.TEAM_LEADER), PW, PW));
        assertEquals("account.team", none.problems().get(0).field());
        assertEquals("error.account.teamRequired", none.problems().get(0).key());
        Account viewer = accounts.create(ADMIN, Account.draft("viewer2", "查看", Role.VIEWER, w.bees.id()), PW, PW);
        assertNull(viewer.teamId(), "a team only for a team leader");

        assertEquals("account.team", assertThrows(ValidationException.class,
                () -> accounts.changeRole(ADMIN, viewer, Role.TEAM_LEADER, null)).problems().get(0).field());
        Account leader = accounts.changeRole(ADMIN, viewer, Role.TEAM_LEADER, w.jiangyin.id());
        assertEquals(w.jiangyin.id(), leader.teamId());
        Account back = accounts.changeRole(ADMIN, leader, Role.VIEWER, w.jiangyin.id());
        assertNull(back.teamId());
        assertThrows(AccessDeniedException.class, () -> accounts.teamChoices(OFFICE));
        assertEquals(List.of(w.jiangyin.name(), w.bees.name()).stream().sorted().toList(),
                accounts.teamChoices(ADMIN).stream().map(TeamChoice::name).sorted().toList());
    }

    @Test
    void theAccountListShowsTheLeadersTeam() {
        AccountListViewModel vm = new AccountListViewModel(new UiContext(ADMIN, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), accounts);
        vm.load();
        List<Object> leader = vm.rows().stream().map(vm::cells).filter(r -> "leader".equals(r.get(0))).findFirst()
                .orElseThrow();
        assertEquals("服务队", vm.columnHeaders().get(3));
        assertEquals(w.bees.name(), leader.get(3));
        vm.filterProperty().set("蜜蜂");
        assertEquals(1, vm.rows().size(), "the filter finds the team's name");
    }
}
