package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.NavItem;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports page is in the navigation of every role, after the cases; backups last, for the administrator; the
 * import screen for every role that may import some kind.
 */
class NavigationTest {
    @TempDir Path dir;

    @Test
    void reportsComeAfterTheCasesForEveryRole() {
        try (TestServices t = new TestServices(dir)) {
            List<NavItem> items = Navigation.items(t.services(), (db, notice) -> { });
            List<String> ids = items.stream().map(NavItem::id).toList();
            assertTrue(ids.indexOf("reports") > ids.indexOf("cases") && ids.indexOf("cases") >= 0, ids.toString());
            NavItem reports = items.get(ids.indexOf("reports"));
            assertEquals("nav.reports", reports.labelKey());
            assertEquals("fth-printer", reports.icon());
            assertNull(reports.requires(), "honours are public: every role may make the honour roll");
        }
    }

    @Test
    void backupsComeLastForTheAdministratorOnly() {
        try (TestServices t = new TestServices(dir)) {
            List<NavItem> items = Navigation.items(t.services(), (db, notice) -> { });
            NavItem backups = items.get(items.size() - 1);
            assertEquals("backups", backups.id());
            assertEquals("nav.backups", backups.labelKey());
            assertEquals(Permission.BACKUP_MANAGE, backups.requires());
            assertTrue(backups.visibleTo(new UiContext(TestServices.ADMIN, null, null)));
            assertFalse(backups.visibleTo(new UiContext(TestServices.OFFICE, null, null)));
        }
    }

    @Test
    void theImportScreenIsOfferedToEveryRoleThatMayImportSomeKindATeamLeaderIncluded() {
        try (TestServices t = new TestServices(dir)) {
            NavItem imports = Navigation.items(t.services(), (db, notice) -> { }).stream()
                    .filter(i -> i.id().equals("imports")).findFirst().orElseThrow();
            for (Role role : Role.values()) {
                Session who = new Session(9, "u", "u", role);
                assertEquals(!ImportKind.allowed(who).isEmpty(), imports.visibleTo(new UiContext(who, null, null)),
                        role.name());
            }
            assertTrue(imports.visibleTo(new UiContext(new Session(9, "u", "u", Role.TEAM_LEADER), null, null)));
        }
    }
}
