package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A tool bar's separators stand only between two groups of items shown, as a role's buttons are hidden or shown. */
@ExtendWith(ApplicationExtension.class)
class ToolBarSeparatorsTest {
    private static List<Boolean> shown(Separator... separators) {
        return List.of(separators).stream().map(Node::isVisible).toList();
    }

    @Test
    void aSeparatorBesideAnotherOrAtAnEndIsHidden() {
        Button add = new Button("新增");
        Button edit = new Button("编辑");
        Button delete = new Button("删除");
        Button export = new Button("导出");
        Separator first = new Separator();
        Separator middle = new Separator();
        Separator last = new Separator();
        // as a screen: 新增 编辑 | 删除 | (spacer) 导出, the leader seeing neither 新增 nor 删除
        ToolBar bar = new ToolBar(add, edit, first, delete, middle, new Pane(), export, last);
        ViewSupport.tidySeparators(bar);
        assertEquals(List.of(true, true, false), shown(first, middle, last), "all shown: none at the end");

        ViewSupport.show(false, delete);
        assertEquals(List.of(false, true, false), shown(first, middle, last), "one between 编辑 and 导出, not two");
        assertFalse(first.isManaged(), "a hidden separator takes no room");

        ViewSupport.show(false, add, edit);
        assertEquals(List.of(false, false, false), shown(first, middle, last), "none before 导出 alone");

        ViewSupport.show(true, delete);
        assertEquals(List.of(false, true, false), shown(first, middle, last), "删除 | 导出");
    }

    @Test
    void aSeparatorAScreenBindsIsLeftToIt() {
        Separator bound = new Separator();
        SimpleBooleanProperty offered = new SimpleBooleanProperty(true);
        bound.visibleProperty().bind(offered);
        Button alone = new Button("确认");
        ViewSupport.tidySeparators(new ToolBar(bound, alone));
        assertTrue(bound.isVisible(), "bound: the screen decides");
    }
}
