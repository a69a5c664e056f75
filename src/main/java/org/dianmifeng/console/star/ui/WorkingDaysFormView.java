package org.dianmifeng.console.star.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The administrator's form of the working days of a notice: the holidays and the weekends worked, side by side. */
public final class WorkingDaysFormView {
    private final WorkingDaysFormViewModel vm;
    private final Messages messages;
    @FXML private Label helpLabel;
    @FXML private TextArea holidaysArea;
    @FXML private TextArea workedArea;
    @FXML private Label holidaysError;
    @FXML private Label workedError;
    @FXML private Label statusLabel;

    public WorkingDaysFormView(WorkingDaysFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        helpLabel.setText(messages.text("star.workdays.help", WorkingDays.NOTICE_MIN, WorkingDays.MAX_DATES));
        holidaysArea.textProperty().bindBidirectional(vm.holidaysProperty());
        workedArea.textProperty().bindBidirectional(vm.workedWeekendsProperty());
        new FormFields(vm.errors())
                .add(WorkingDays.HOLIDAYS, holidaysArea, holidaysError)
                .add(WorkingDays.WORKED_WEEKENDS, workedArea, workedError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
