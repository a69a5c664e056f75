package org.dianmifeng.console.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** What the whole-console flow tests share: waiting for the screen, and screenshots for the README. */
public final class AppFlow {
    private AppFlow() {
    }

    /** Waits up to 20 seconds for {@code condition}, letting the FX thread run between checks. */
    public static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
    }

    /** With -Dscreenshots=DIR, saves what the window shows as DIR/name; without it, does nothing. */
    public static void snapshot(Stage stage, String name) throws Exception {
        String target = System.getProperty("screenshots");
        if (target == null) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(target));
        ImageIO.write(out, "png", Path.of(target, name).toFile());
    }
}
