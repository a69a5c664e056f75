package org.dianmifeng.console.star.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a public notice of the chosen levels: its first day and its working days. */
public final class NoticeFormView {
    private final NoticeFormViewModel vm;
    private final Messages messages;
    @FXML private DatePicker fromField;
    @FXML private TextField daysField;
    @FXML private Label fromError;
    @FXML private Label daysError;
    @FXML private Label statusLabel;

    public NoticeFormView(NoticeFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        fromField.valueProperty().bindBidirectional(vm.fromProperty());
        daysField.textProperty().bindBidirectional(vm.daysProperty());
        new FormFields(vm.errors())
                .add(StarService.NOTICE_FROM, fromField, fromError)
                .add(StarService.NOTICE_DAYS, daysField, daysError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
