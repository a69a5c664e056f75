package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 关于: version, schema version and data folder, whole and selectable, in the user's language. */
@ExtendWith(ApplicationExtension.class)
class AboutViewTest {
    private static final String FOLDER = "/home/办公室/.bee-console-with-a-rather-long-folder-name/for-the-test";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showsTheVersionsAndTheDataFolderWholeAndReadOnly(FxRobot robot) {
        AboutView.About about = new AboutView.About("1.2.3", "5", FOLDER, "17.0.15 · /opt/bee-console/lib/runtime");
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(new AboutView(about, Messages.of(Locale.SIMPLIFIED_CHINESE)).build())));
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField version = robot.lookup("#aboutVersion").queryAs(TextField.class);
        TextField schema = robot.lookup("#aboutSchema").queryAs(TextField.class);
        TextField folder = robot.lookup("#aboutDataFolder").queryAs(TextField.class);
        assertEquals("1.2.3", version.getText());
        assertEquals("5", schema.getText());
        assertEquals(FOLDER, folder.getText());
        assertFalse(folder.isEditable(), "read, copied, never edited");
        assertTrue(folder.getWidth() >= folder.prefWidth(-1) - 1, "the folder's path is not cut: " + folder.getWidth());
        assertEquals("数据库结构版本", ((Label) robot.lookup(".label").match(l -> ((Label) l).getLabelFor() == schema)
                .query()).getText());
    }
}
