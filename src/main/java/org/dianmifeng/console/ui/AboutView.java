package org.dianmifeng.console.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;

/**
 * 关于: the console's version, the database's schema version and the data folder's path, to read out to whoever
 * helps (values selectable, so that they can be copied). Opened from the main window's header.
 */
public final class AboutView {
    /** What the dialog shows; {@code schemaVersion} is read from the database, off the FX thread. */
    public record About(String version, String schemaVersion, String dataFolder, String runtime) {
    }

    private final About about;
    private final Messages messages;

    public AboutView(About about, Messages messages) {
        this.about = about;
        this.messages = messages;
    }

    public Node build() {
        Label title = new Label(messages.text("app.title"));
        title.getStyleClass().add("title-3");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        row(grid, 0, "aboutVersion", messages.text("about.version"), about.version());
        row(grid, 1, "aboutSchema", messages.text("about.schema"), about.schemaVersion());
        row(grid, 2, "aboutDataFolder", messages.text("about.dataFolder"), about.dataFolder());
        row(grid, 3, "aboutRuntime", messages.text("about.runtime"), about.runtime());
        VBox box = new VBox(16, title, grid);
        box.setPadding(new Insets(8));
        box.setMinWidth(Region.USE_PREF_SIZE); // as wide as the longest value: the folder's path is read whole
        return box;
    }

    private static void row(GridPane grid, int row, String id, String label, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.setPrefColumnCount(Math.max(12, value.length()));
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, field);
    }

    /** Shows the dialog over {@code owner} until closed. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.text("about.title"));
        dialog.initOwner(owner);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(build());
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(messages));
        dialog.setResizable(true);
        dialog.showAndWait();
    }
}
