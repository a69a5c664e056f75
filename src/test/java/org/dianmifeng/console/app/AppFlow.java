package org.dianmifeng.console.app;

import org.dianmifeng.console.testing.TestKeys;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Progress;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the whole-console flow tests share: a console on sample data, waiting for the screen, screenshots for the README. */
public final class AppFlow {
    private final Stage stage;
    private final javafx.application.Application app;

    private AppFlow(Stage stage, javafx.application.Application app) {
        this.stage = stage;
        this.app = app;
    }

    /**
     * Loads the demo sample data with {@code people} people into {@code dir} and starts the whole console
     * on it, headless. End with {@link #stop}.
     */
    static AppFlow start(Path dir, int people) throws Exception {
        try (Database db = TestKeys.open(dir)) {
            new SampleData(new Services(db, Clock.systemDefaultZone()), SampleData.DEFAULT_SEED)
                    .load(people, true, Progress.NONE);
            // the recovery key counts as shown (FirstStartFlowTest sees it shown), so that no dialog covers the flows
            db.keyring().recoveryKeyKept();
        }
        App.useFolder(new DataFolder(dir));
        Stage stage = FxToolkit.registerPrimaryStage();
        return new AppFlow(stage, FxToolkit.setupApplication(App.class));
    }

    Stage stage() {
        return stage;
    }

    /** Stops the console and closes its windows. */
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits up to 20 seconds for {@code condition}, letting the FX thread run between checks. */
    static void waitFor(Supplier<Boolean> condition) throws Exception {
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
