package org.dianmifeng.console.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up probe of the packaging and of {@code StartupBenchmark}: started with
 * {@code -Dbee.console.startupMark=FILE}, the console writes the time (epoch ms) at which the first start or the
 * sign-in screen was first laid out into FILE and ends. The installer's class-data sharing archive is trained on
 * such a start, CI checks with it that the packaged window shows, and the benchmark times launcher to sign-in.
 * Without the property nothing happens.
 */
final class StartupMark {
    static final String PROPERTY = "bee.console.startupMark";
    private static boolean written;

    private StartupMark() {
    }

    /** Called when the first start or the sign-in is put on {@code scene}: marks its next layout pulse, once. */
    static void entryShown(Scene scene) {
        String target = System.getProperty(PROPERTY);
        if (target == null || written) {
            return;
        }
        written = true;
        Runnable[] mark = new Runnable[1];
        mark[0] = () -> {
            scene.removePostLayoutPulseListener(mark[0]);
            write(Path.of(target), System.currentTimeMillis());
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(mark[0]);
    }

    /** Writes {@code millis} whole: into a file beside the target, then moved, so that a reader never sees half. */
    static void write(Path target, long millis) {
        try {
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.writeString(part, Long.toString(millis));
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
