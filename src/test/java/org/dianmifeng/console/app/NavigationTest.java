package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.NavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports page is in the navigation of every role, after the cases. */
class NavigationTest {
    @TempDir Path dir;

    @Test
    void reportsComeAfterTheCasesForEveryRole() {
        try (TestServices t = new TestServices(dir)) {
            List<NavItem> items = Navigation.items(t.services());
            List<String> ids = items.stream().map(NavItem::id).toList();
            assertTrue(ids.indexOf("reports") > ids.indexOf("cases") && ids.indexOf("cases") >= 0, ids.toString());
            NavItem reports = items.get(ids.indexOf("reports"));
            assertEquals("nav.reports", reports.labelKey());
            assertEquals("fth-printer", reports.icon());
            assertNull(reports.requires(), "honours are public: every role may make the honour roll");
        }
    }
}
