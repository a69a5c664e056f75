package org.dianmifeng.console.testing;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.MainWindow;
import org.testfx.api.FxRobot;

/** A screen in a headless test as the console shows it (its theme and stylesheet), and the text it shows. */
public final class ConsoleLook {
    private ConsoleLook() {
    }

    /**
     * What the window of 1,280 x 800 and of 1,600 x 1,000 leaves a screen beside the navigation, under the header
     * (the navigation as wide as English needs, 240 px, where Chinese needs its least, 190; 52 of header; the
     * content's padding 16 + 16 and 12 + 8).
     */
    public static final int[][] CONTENT_SIZES = {{1008, 728}, {1328, 928}};
    public static final Locale[] LANGUAGES = {Messages.CHINESE, Messages.ENGLISH};

    /** Runs {@code check} under the console's theme (the user-agent stylesheet), put back to none after. */
    public static void themed(FxRobot robot, Runnable check) {
        robot.interact(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        try {
            check.run();
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(null));
        }
    }

    /** A scene of {@code root} with the console's stylesheet. */
    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("console.css").toExternalForm());
        return scene;
    }

    /**
     * The first category label of a chart's axis that is turned on its side or has not 8 px of room beside it (each
     * label has the axis's width shared out evenly), with its width and room; null when every label reads across.
     */
    public static String crampedCategoryLabel(javafx.scene.chart.Axis<?> axis) {
        java.util.List<javafx.scene.Node> labels = axis.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance).toList();
        double room = axis.getWidth() / Math.max(1, labels.size());
        for (javafx.scene.Node label : labels) {
            if (label.getRotate() != 0 || label.getLayoutBounds().getWidth() + 8 > room) {
                return ((Text) label).getText() + ": " + label.getLayoutBounds().getWidth() + " of " + room
                        + ", turned " + label.getRotate();
            }
        }
        return null;
    }

    /** The text {@code labeled} shows: its own whole, or cut to "…" where it has no room. */
    public static String shownText(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }
}
