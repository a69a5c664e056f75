package org.dianmifeng.console.aidcase.ui;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;

/** The form of a status move: the allowed targets only, the date, the reason (marked when the move needs one). */
public final class MoveFormView {
    private final MoveFormViewModel vm;
    private final Messages messages;
    private FormFields fields;

    public MoveFormView(MoveFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        fields = new FormFields(vm.errors());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("form");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut
        grid.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        grid.addRow(0, new Label(messages.text("field.case.status")), new Label(vm.from()));
        ComboBox<AidCaseStatus> target = new ComboBox<>();
        ViewSupport.enumChoices(target, AidCaseStatus.class, messages);
        target.getItems().setAll(vm.targets());
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setId("moveTargetBox");
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setId("moveDatePicker");
        TextArea reason = new TextArea();
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reason.setId("moveReasonField");
        Label reasonCaption = new Label();
        reasonCaption.textProperty().bind(javafx.beans.binding.Bindings.when(vm.reasonNeeded())
                .then(messages.text("field.case.moveReason") + " *").otherwise(messages.text("field.case.moveReason")));
        grid.addRow(1, new Label(messages.text("field.case.moveTarget")), withError(target, "case.moveTarget"));
        grid.addRow(2, new Label(messages.text("field.case.moveDate")), withError(date, "case.moveDate"));
        grid.addRow(3, reasonCaption, withError(reason, "case.moveReason"));
        Label status = new Label();
        status.setWrapText(true);
        status.setMaxWidth(420);
        ViewSupport.bindStatus(status, vm);
        grid.add(status, 0, 4, 2, 1);
        return grid;
    }

    private VBox withError(javafx.scene.Node input, String field) {
        Label error = new Label();
        fields.add(field, input, error);
        return new VBox(2, input, error);
    }
}
