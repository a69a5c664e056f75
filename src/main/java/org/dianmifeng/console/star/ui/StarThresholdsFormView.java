package org.dianmifeng.console.star.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.star.StarThresholds;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The administrator's form of the star thresholds: the hours of each level, its problem under it. */
public final class StarThresholdsFormView {
    private final StarThresholdsFormViewModel vm;
    private final Messages messages;
    @FXML private GridPane form;
    @FXML private Label statusLabel;

    public StarThresholdsFormView(StarThresholdsFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.errors());
        for (int s = 1; s <= StarThresholds.LEVELS; s++) {
            TextField hours = new TextField();
            hours.setId("starThreshold" + s);
            hours.setPrefColumnCount(8);
            hours.textProperty().bindBidirectional(vm.hoursProperty(s));
            Label error = new Label();
            error.setId("starThreshold" + s + "Error");
            fields.add(StarThresholds.field(s), hours, error);
            form.addRow(s - 1, new Label(messages.text("star.settings.level", s)), new VBox(hours, error));
        }
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
