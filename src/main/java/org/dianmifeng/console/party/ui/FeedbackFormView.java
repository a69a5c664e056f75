package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.party.Rating;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a quarterly feedback card. */
public final class FeedbackFormView {
    private final FeedbackFormViewModel vm;
    private final Messages messages;
    @FXML private Label memberLabel;
    @FXML private ComboBox<OrgRef> branchBox;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<Integer> quarterBox;
    @FXML private TextField contactsField;
    @FXML private TextField activitiesField;
    @FXML private TextField hoursField;
    @FXML private ComboBox<Rating> ratingBox;
    @FXML private TextArea commentsArea;
    @FXML private Label branchError;
    @FXML private Label yearError;
    @FXML private Label quarterError;
    @FXML private Label contactsError;
    @FXML private Label activitiesError;
    @FXML private Label hoursError;
    @FXML private Label ratingError;
    @FXML private Label commentsError;
    @FXML private Label statusLabel;

    public FeedbackFormView(FeedbackFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        memberLabel.setText(vm.member().member().label(messages));
        branchBox.setItems(vm.branches());
        branchBox.setConverter(ViewSupport.converter(OrgRef::name));
        branchBox.valueProperty().bindBidirectional(vm.branchProperty());
        yearBox.getItems().setAll(vm.years());
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        quarterBox.getItems().setAll(vm.quarters());
        quarterBox.valueProperty().bindBidirectional(vm.quarterProperty());
        contactsField.textProperty().bindBidirectional(vm.contactsProperty());
        activitiesField.textProperty().bindBidirectional(vm.activitiesProperty());
        hoursField.textProperty().bindBidirectional(vm.hoursProperty());
        ViewSupport.enumChoices(ratingBox, Rating.class, messages);
        ratingBox.valueProperty().bindBidirectional(vm.ratingProperty());
        commentsArea.textProperty().bindBidirectional(vm.commentsProperty());
        new FormFields(vm.errors())
                .add("feedback.branch", branchBox, branchError)
                .add("feedback.year", yearBox, yearError)
                .add("feedback.quarter", quarterBox, quarterError)
                .add("feedback.contacts", contactsField, contactsError)
                .add("feedback.activities", activitiesField, activitiesError)
                .add("feedback.hours", hoursField, hoursError)
                .add("feedback.rating", ratingBox, ratingError)
                .add("feedback.comments", commentsArea, commentsError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
