package org.dianmifeng.console.ui;

import java.util.function.Function;
import javafx.scene.Parent;
import org.dianmifeng.console.core.Permission;

/**
 * One entry of the main window's navigation: its label key, a Feather icon, the permission that
 * shows it (null: every role) and how to build its screen for a signed-in context.
 */
public record NavItem(String id, String labelKey, String icon, Permission requires, Function<UiContext, Parent> view) {
    public boolean visibleTo(UiContext ctx) {
        return requires == null || ctx.session().can(requires);
    }
}
