package org.dianmifeng.console.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting, in a TestFX test, for what the screen does later: what a robot's click leads to (on a loaded machine the
 * click's release can reach the window after the robot's own wait for FX events, so a check made at once can read the
 * screen before the click), or what the window does by itself (screens prepared ahead).
 */
public final class FxWait {
    private FxWait() {
    }

    /** Hides every window but {@code stage}, on the FX thread: the dialogs a test left open. */
    public static void hideWindowsBut(javafx.stage.Stage stage) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(javafx.stage.Window::hide));
    }

    /** Whether {@code condition}, read on the FX thread, becomes true within five seconds. */
    public static boolean eventually(Callable<Boolean> condition) {
        return eventually(5, condition);
    }

    /** Whether {@code condition}, read on the FX thread, becomes true within {@code seconds}. */
    public static boolean eventually(long seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
