package org.dianmifeng.console.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of {@link StartupBenchmark}: a stage of the console's default size with one label, started from a
 * plain main class as the console is, marked by {@link StartupMark} when first laid out.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application of the bare window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("电蜜蜂文明实践管理台")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            StartupMark.entryShown(scene);
        }
    }
}
