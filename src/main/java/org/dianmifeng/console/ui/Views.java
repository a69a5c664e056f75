package org.dianmifeng.console.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
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
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }
}
