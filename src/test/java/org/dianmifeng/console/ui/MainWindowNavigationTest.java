package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.ConsoleLook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The navigation shows every entry whole, in both languages, at 1280 x 800 and 1600 x 1000, and each has its keys. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNavigationTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** An entry for each area the navigation can show (the bundle's nav.* labels), as the administrator sees them. */
    private static List<NavItem> everyArea(Messages messages) {
        List<String> keys = new ArrayList<>(Collections.list(messages.bundle().getKeys()).stream()
                .filter(k -> k.startsWith("nav.") && !k.equals("nav.shortcut")).sorted().toList());
        List<NavItem> items = new ArrayList<>();
        for (String key : keys) {
            items.add(new NavItem(key.substring(4), key, "fth-upload-cloud", null,
                    c -> new javafx.scene.layout.StackPane()));
        }
        return items;
    }

    @Test
    void everyEntryIsShownWholeWithoutScrollingSideways(FxRobot robot) {
        ConsoleLook.themed(robot, () -> {
            for (Locale language : ConsoleLook.LANGUAGES) {
                for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                    Messages messages = Messages.of(language);
                    List<NavItem> items = everyArea(messages);
                    assertTrue(items.size() >= 22, "every area: " + items.size());
                    robot.interact(() -> {
                        MainWindow window = new MainWindow(new UiContext(new Session(1, "admin", "管理员",
                                Role.ADMINISTRATOR), messages, TaskRunner.direct()), items, l -> { }, () -> { },
                                id -> 0);
                        stage.setScene(ConsoleLook.scene(window.build(), size[0], size[1]));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    @SuppressWarnings("unchecked")
                    ListView<NavItem> nav = robot.lookup("#navList").queryAs(ListView.class);
                    for (NavItem item : items) {
                        robot.interact(() -> nav.scrollTo(item));
                        WaitForAsyncUtils.waitForFxEvents();
                        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                                .filter(c -> c.getItem() == item).findFirst().orElseThrow();
                        assertEquals(messages.text(item.labelKey()), ConsoleLook.shownText(cell),
                                language + " " + size[0] + ": the entry whole");
                    }
                    assertFalse(robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                            .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()
                                    && isIn(b, nav)), language + " " + size[0] + ": nothing to scroll sideways");
                }
            }
        });
    }

    private static boolean isIn(javafx.scene.Node node, javafx.scene.Node parent) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyEntryOfTheNavigationHasItsOwnKeys() {
        java.util.Set<javafx.scene.input.KeyCombination> seen = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            javafx.scene.input.KeyCombination keys = MainWindow.shortcut(i).orElseThrow();
            assertTrue(seen.add(keys), "entry " + i + " shares " + keys.getDisplayText());
        }
        assertEquals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT1,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), MainWindow.shortcut(0).orElseThrow());
        assertEquals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT0,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), MainWindow.shortcut(9).orElseThrow());
        assertEquals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT0,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                MainWindow.shortcut(19).orElseThrow(), "the twentieth");
        assertEquals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCombination.ALT_DOWN), MainWindow.shortcut(21).orElseThrow(),
                "the administrator's last (备份与恢复)");
    }
}
