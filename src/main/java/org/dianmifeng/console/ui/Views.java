package org.dianmifeng.console.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import org.dianmifeng.console.core.Messages;

/** Loads the FXML that sits beside a view class ({@code FooView.fxml} for {@code FooView}), with the bundles. */
public final class Views {
    private Views() {
    }

    public static <T extends Parent> T load(Object controller, Messages messages) {
        String name = controller.getClass().getSimpleName() + ".fxml";
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setController(controller);
        T root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
        prepare(root, messages);
        return root;
    }

    /**
     * A screen of the navigation that shows data: loads its FXML, reads its data ({@code read}) and registers the same
     * read with the main window ({@link MainWindow#refreshing}), which on the company's server calls it again when the
     * screen is shown again and when the window regains focus. {@code read} keeps the screen's filters and selection.
     */
    public static <T extends Parent> T screen(Object controller, Messages messages, Runnable read) {
        return screen(controller, messages, read, read);
    }

    /** As above, for a screen whose first read differs from its reads again (e.g. the first lines shown at once). */
    public static <T extends Parent> T screen(Object controller, Messages messages, Runnable first, Runnable again) {
        T root = load(controller, messages);
        first.run();
        return MainWindow.refreshing(root, again);
    }

    /**
     * What every screen gets, written once: its date pickers show and read yyyy-MM-dd ({@link DateFields}), its
     * tables say in the user's language that they are empty ({@link TableColumns#placeholder}), its text fields are
     * wide enough for their prompts ({@link ViewSupport#fitPrompt}).
     */
    public static void prepare(Node root, Messages messages) {
        for (Node n : ViewSupport.descendants(root)) {
            if (n instanceof DatePicker picker) {
                DateFields.apply(picker, messages);
            } else if (n instanceof TableView<?> table) {
                TableColumns.placeholder(table, messages);
            } else if (n instanceof javafx.scene.control.TextField field && !(field.getParent() instanceof GridPane)) {
                ViewSupport.fitPrompt(field);
            } else if (n instanceof javafx.scene.control.ToolBar bar) {
                ViewSupport.tidySeparators(bar);
                ViewSupport.tipsWhenDisabled(bar);
            }
        }
    }
}
