package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The warm-up while the sign-in waits: each kind gets its skin off the screen, one at a time, only while waiting. */
@ExtendWith(ApplicationExtension.class)
class ControlsWarmUpTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(MainWindow.class.getResource("console.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyKindGetsItsSkinWithoutBeingShown() throws Exception {
        for (Supplier<Node> kind : ControlsWarmUp.specimens()) {
            List<Control> controls = WaitForAsyncUtils.asyncFx(() -> {
                Node node = kind.get();
                ControlsWarmUp.build(scene, node);
                List<Control> found = new ArrayList<>();
                controls(node, found);
                return found;
            }).get(10, TimeUnit.SECONDS);
            assertFalse(controls.isEmpty());
            for (Control c : controls) {
                assertNotNull(c.getSkin(), c + " was styled and got its skin");
                assertTrue(c.getScene() != scene && c.getScene().getWindow() == null, "never on the screen: " + c);
            }
        }
    }

    @Test
    void buildsOneKindAfterTheOtherWhileTheScreenWaitsAndStopsWhenItNoLongerDoes() throws Exception {
        ControlsWarmUp[] warm = new ControlsWarmUp[1];
        // the screen waits until three kinds are built (as if the person signed in then)
        WaitForAsyncUtils.asyncFx(() -> warm[0] = new ControlsWarmUp(scene, () -> warm[0].built() < 3).start())
                .get(5, TimeUnit.SECONDS);
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(() -> warm[0].built()).get(), "the sign-in screen is shown first");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> warm[0].built()).get() == 3);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(3, (int) WaitForAsyncUtils.asyncFx(() -> warm[0].built()).get(), "nothing more once signed in");

        ControlsWarmUp all = WaitForAsyncUtils.asyncFx(() -> new ControlsWarmUp(scene, () -> true).start())
                .get(5, TimeUnit.SECONDS);
        int kinds = ControlsWarmUp.specimens().size();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(all::built).get() == kinds);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(kinds, (int) WaitForAsyncUtils.asyncFx(all::built).get(), "each kind once");
    }

    @Test
    void waitsWhileThePersonTypes() throws Exception {
        waitsWhile(() -> new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "a", "a",
                javafx.scene.input.KeyCode.A, false, false, false, false));
    }

    @Test
    void waitsWhileThePersonMovesTheMouse() throws Exception {
        waitsWhile(() -> new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED, 10, 10, 10, 10,
                javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false,
                false, null));
    }

    /** Nothing is built while {@code event} comes every 50 ms for 1.2 s (from before the first piece is due). */
    private void waitsWhile(Supplier<javafx.event.Event> event) throws Exception {
        ControlsWarmUp warm = WaitForAsyncUtils.asyncFx(() -> new ControlsWarmUp(scene, () -> true).start())
                .get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 24; i++) {
            WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(scene.getRoot(), event.get()))
                    .get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(warm::built).get(), "nothing built while the person acts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(warm::built).get() > 0);
    }

    private static void controls(Node node, List<Control> into) {
        if (node instanceof Control c) {
            into.add(c);
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> controls(n, into));
        }
    }
}
