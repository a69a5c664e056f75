package org.dianmifeng.console.activity.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.NamedRef;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/**
 * The form of an activity. Its Save reports every problem at once, a day, hours or time it cannot read among them
 * ({@link #save}).
 */
public final class ActivityFormView {
    private final ActivityFormViewModel vm;
    private final Messages messages;
    private FormFields fields;
    @FXML private TextField titleField;
    @FXML private ComboBox<ActivityKind> kindBox;
    @FXML private ComboBox<NamedRef> teamBox;
    @FXML private ComboBox<NamedRef> projectBox;
    @FXML private ComboBox<NamedRef> siteBox;
    @FXML private DatePicker dayPicker;
    @FXML private TextField timeField;
    @FXML private TextField plannedField;
    @FXML private TextField placeField;
    @FXML private TextArea contentArea;
    @FXML private Label titleError;
    @FXML private Label kindError;
    @FXML private Label teamError;
    @FXML private Label projectError;
    @FXML private Label siteError;
    @FXML private VBox startsAtBox;
    @FXML private Label startsAtError;
    @FXML private Label timeError;
    @FXML private Label plannedError;
    @FXML private Label placeError;
    @FXML private Label contentError;
    @FXML private Label statusLabel;

    public ActivityFormView(ActivityFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        ViewSupport.enumChoices(kindBox, ActivityKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        teamBox.getItems().setAll(vm.choices().teams());
        teamBox.valueProperty().bindBidirectional(vm.teamProperty());
        projectBox.getItems().add(null);
        projectBox.getItems().addAll(vm.choices().projects());
        projectBox.setConverter(ViewSupport.converter(p -> p == null ? messages.text("activity.noProject") : p.name()));
        projectBox.valueProperty().bindBidirectional(vm.projectProperty());
        siteBox.getItems().add(null);
        siteBox.getItems().addAll(vm.choices().sites());
        siteBox.setConverter(ViewSupport.converter(s -> s == null ? messages.text("activity.noSite") : s.name()));
        siteBox.valueProperty().bindBidirectional(vm.siteProperty());
        dayPicker.valueProperty().bindBidirectional(vm.dayProperty());
        timeField.textProperty().bindBidirectional(vm.timeProperty());
        plannedField.textProperty().bindBidirectional(vm.plannedHoursProperty());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        contentArea.textProperty().bindBidirectional(vm.contentProperty());
        fields = new FormFields(vm.errors()).reportingUnreadableDates()
                .add("activity.title", titleField, titleError)
                .add("activity.kind", kindBox, kindError)
                .add("activity.team", teamBox, teamError)
                .add("activity.project", projectBox, projectError)
                .add("activity.site", siteBox, siteError)
                .add("activity.startsAt", dayPicker, startsAtError)
                .add(ActivityFormViewModel.TIME_FIELD, timeField, timeError)
                .add("activity.plannedHours", plannedField, plannedError)
                .add("activity.place", placeField, placeError)
                .add("activity.content", contentArea, contentError);
        // the time's message wraps at the width of the day and time, not of the narrow time field
        timeError.prefWidthProperty().bind(startsAtBox.widthProperty());
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /** The form's Save for {@code Dialogs.form}: the dates it cannot read are reported with every other problem. */
    public void save(Runnable done) {
        vm.save(fields.unreadableDates(), done);
    }
}
