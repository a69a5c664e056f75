package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.NavItem;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the navigation says which it is at its top, in the user's language, as 人员 and 团队 did: 阵地网络,
 * 志愿者, 梦想小屋帮扶, 荣誉, 星级评定, 服务证明 and 身份查看日志 began with their filters. The dashboard, whose heading
 * names the year and the unit shown, is the one without.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTitlesTest {
    @TempDir Path dir;

    @Test
    void everyScreenButTheDashboardBeginsWithItsTitle() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            for (java.util.Locale locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
                Messages m = Messages.of(locale);
                UiContext ctx = new UiContext(TestServices.ADMIN, m, TaskRunner.direct());
                List<String> untitled = new ArrayList<>();
                for (NavItem item : Navigation.items(t.services(), (db, notice) -> { })) {
                    if (item.id().equals("dashboard")) {
                        continue;
                    }
                    Parent screen = WaitForAsyncUtils.asyncFx(() -> item.view().apply(ctx)).get();
                    Node title = screen.lookup(".title-2");
                    if (!(title instanceof Label label) || label.getText() == null || label.getText().isBlank()
                            || label.getText().startsWith("%")) {
                        untitled.add(item.id());
                    }
                }
                assertEquals(List.of(), untitled, "screens without a title (" + locale + ")");
            }
        }
    }

    @Test
    void aScreensTitleIsItsEntrysName() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            Messages m = Messages.of(Messages.CHINESE);
            UiContext ctx = new UiContext(TestServices.ADMIN, m, TaskRunner.direct());
            for (NavItem item : Navigation.items(t.services(), (db, notice) -> { })) {
                if (List.of("sites", "volunteers", "cases", "honours", "stars", "certificates", "identityLog")
                        .contains(item.id())) {
                    Parent screen = WaitForAsyncUtils.asyncFx(() -> item.view().apply(ctx)).get();
                    assertTrue(screen.lookup(".title-2") instanceof Label label
                            && label.getText().equals(m.text(item.labelKey())), item.id());
                }
            }
        }
    }
}
