package org.dianmifeng.console.activity.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.ActivityRow;
import org.dianmifeng.console.activity.HoursFilter;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.NamedRef;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The screen 活动与时长: the activities above, the roster of the selected one below. */
public final class ActivityListView {
    private final ActivityListViewModel vm;
    private final Messages messages;
    @FXML private ComboBox<NamedRef> teamBox;
    @FXML private ComboBox<ActivityKind> kindBox;
    @FXML private ComboBox<NamedRef> projectBox;
    @FXML private ComboBox<NamedRef> siteBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<HoursFilter> hoursBox;
    @FXML private TextField textField;
    @FXML private TableView<ActivityRow> activityTable;
    @FXML private TableView<RosterLine> rosterTable;
    @FXML private Label rosterTitle;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button cancelButton;
    @FXML private Button reopenButton;
    @FXML private Button deleteButton;
    @FXML private Button projectsButton;
    @FXML private Button rulesButton;
    @FXML private Button addLineButton;
    @FXML private Button changeLineButton;
    @FXML private Button removeLineButton;
    @FXML private Button approveButton;
    @FXML private Button declineButton;
    @FXML private Button approveAllButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;
    @FXML private Label countLabel;

    public ActivityListView(ActivityListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        choices(teamBox, vm.teamChoices(), NamedRef::name, "activity.filter.allTeams");
        ViewSupport.fitChosen(teamBox, teamBox.getConverter()::toString);
        choices(projectBox, vm.projectChoices(), NamedRef::name, "activity.filter.allProjects");
        choices(siteBox, vm.siteChoices(), NamedRef::name, "activity.filter.allSites");
        teamBox.valueProperty().bindBidirectional(vm.teamFilterProperty());
        projectBox.valueProperty().bindBidirectional(vm.projectFilterProperty());
        siteBox.valueProperty().bindBidirectional(vm.siteFilterProperty());
        kindBox.getItems().add(null);
        kindBox.getItems().addAll(ActivityKind.values());
        labelled(kindBox, k -> k == null ? messages.text("activity.filter.allKinds") : messages.label(k));
        kindBox.valueProperty().bindBidirectional(vm.kindFilterProperty());
        hoursBox.getItems().add(null);
        hoursBox.getItems().addAll(HoursFilter.values());
        labelled(hoursBox, h -> h == null ? messages.text("activity.filter.allHours") : messages.label(h));
        hoursBox.valueProperty().bindBidirectional(vm.hoursFilterProperty());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        textField.textProperty().bindBidirectional(vm.textProperty());

        TableColumns.fill(activityTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(activityTable, vm.rows());
        TableColumns.bindSelection(activityTable, vm.selectedProperty());
        TableColumns.fill(rosterTable, vm.lineHeaders(), vm::lineCells);
        rosterTable.setItems(vm.roster());
        // both ways: the line kept when the roster is read again looks selected too
        TableColumns.bindSelection(rosterTable, vm.selectedLineProperty());
        String none = vm.canRecord() ? "activity.roster.none" : "activity.roster.noneRead";
        rosterTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? messages.text(none)
                : messages.text("activity.roster.of", vm.selectedProperty().get().activity().summary(),
                        vm.selectedProperty().get().teamName()), vm.selectedProperty()));

        ViewSupport.show(vm.canRecord(), addButton, editButton, cancelButton, reopenButton, deleteButton, addLineButton,
                changeLineButton, removeLineButton);
        ViewSupport.show(vm.canApprove(), approveButton, declineButton, approveAllButton);
        ViewSupport.show(vm.canKeepSettings(), rulesButton);
        ViewSupport.show(vm.canRecord(), projectsButton);
        // an activity not in the session's scope (another team's, for a team leader) is not theirs to keep
        BooleanExpression noActivity = vm.selectedInScopeProperty().not().or(vm.busyProperty());
        BooleanExpression cancelled = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().activity().cancelled(), vm.selectedProperty());
        BooleanExpression noLine = vm.selectedLineProperty().isNull().or(noActivity);
        BooleanExpression notPending = Bindings.createBooleanBinding(() -> vm.selectedLineProperty().get() == null
                || vm.selectedLineProperty().get().hours().state() != HoursState.ENTERED, vm.selectedLineProperty());
        BooleanExpression approved = Bindings.createBooleanBinding(() -> vm.selectedLineProperty().get() != null
                && vm.selectedLineProperty().get().hours().state() == HoursState.APPROVED, vm.selectedLineProperty());
        addButton.disableProperty().bind(vm.canCreateProperty().not().or(vm.busyProperty()));
        editButton.disableProperty().bind(noActivity);
        // an activity with approved hours was held: the service refuses to cancel or delete it, so they are not offered
        BooleanExpression held = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().held(), vm.selectedProperty());
        cancelButton.disableProperty().bind(noActivity.or(cancelled).or(held));
        reopenButton.disableProperty().bind(noActivity.or(cancelled.not()));
        deleteButton.disableProperty().bind(noActivity.or(held));
        addLineButton.disableProperty().bind(noActivity.or(cancelled));
        changeLineButton.disableProperty().bind(noLine.or(approved.and(Bindings.createBooleanBinding(
                () -> !vm.canApprove()))));
        changeLineButton.textProperty().bind(Bindings.createStringBinding(() -> messages.text(
                approved.get() ? "hours.correct" : "hours.change"), approved));
        removeLineButton.disableProperty().bind(noLine.or(approved));
        approveButton.disableProperty().bind(noLine.or(notPending));
        declineButton.disableProperty().bind(noLine.or(notPending));
        approveAllButton.disableProperty().bind(noActivity.or(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().entered() == 0,
                vm.selectedProperty())));
        // greyed out for the chosen row, they say why
        BooleanExpression otherTeam = vm.selectedProperty().isNotNull().and(vm.selectedInScopeProperty().not());
        for (Button b : List.of(editButton, cancelButton, reopenButton, deleteButton, addLineButton, changeLineButton,
                removeLineButton, approveButton, declineButton, approveAllButton)) {
            ViewSupport.whyDisabled(b, () -> otherTeam.get() ? messages.text("activity.why.otherTeam")
                    : whyNot(b, cancelled.get(), approved.get()), otherTeam, cancelled, approved,
                    vm.selectedLineProperty(), vm.selectedProperty());
        }
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "activity.export.chooserTitle",
                "activity.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
        countLabel.textProperty().bind(vm.countText());
    }

    /** Why {@code b} is greyed out for the activity and the roster line chosen in the session's own team, else "". */
    private String whyNot(Button b, boolean cancelled, boolean approved) {
        RosterLine line = vm.selectedLineProperty().get();
        ActivityRow activity = vm.selectedProperty().get();
        if (activity == null) {
            return "";
        }
        if ((b == cancelButton || b == deleteButton) && activity.held()) {
            return messages.text(b == cancelButton ? "error.activity.cancelApproved" : "error.activity.deleteApproved",
                    activity.activity().summary(), activity.approved());
        }
        if (b == cancelButton || b == addLineButton) {
            return cancelled ? messages.text("activity.why.cancelled") : "";
        }
        if (b == reopenButton) {
            return cancelled ? "" : messages.text("activity.why.notCancelled");
        }
        if (b == approveAllButton) {
            return activity.entered() == 0 ? messages.text("hours.why.nonePending") : "";
        }
        if (line == null) {
            return "";
        }
        if (b == removeLineButton || b == changeLineButton) {
            return !approved ? "" : messages.text(b == removeLineButton ? "hours.why.approvedRemove"
                    : "hours.why.approvedCorrect");
        }
        if (b == approveButton || b == declineButton) {
            return line.hours().state() == HoursState.ENTERED ? ""
                    : messages.text("hours.why.notPending", messages.label(line.hours().state()));
        }
        return "";
    }

    private <T> void choices(ComboBox<T> box, ObservableList<T> items, Function<T, String> text, String allKey) {
        box.getItems().add(null);
        items.addListener((ListChangeListener<T>) c -> {
            T keep = box.getValue();
            box.getItems().setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of((T) null), items.stream())
                    .toList());
            box.setValue(keep);
        });
        labelled(box, v -> v == null ? messages.text(allKey) : text.apply(v));
    }

    private <T> void labelled(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(ViewSupport.converter(text));
        box.setCellFactory(l -> ViewSupport.cell(text));
        box.setButtonCell(ViewSupport.cell(text));
    }


    @FXML
    private void add() {
        ActivityFormViewModel form = vm.newActivityForm();
        ActivityFormView view = new ActivityFormView(form, messages);
        Dialogs.form(activityTable.getScene().getWindow(), messages, messages.text("activity.add.title"),
                view.build(), view::save, form.busyProperty());
    }

    @FXML
    private void edit() {
        ActivityFormViewModel form = vm.editActivityForm();
        ActivityFormView view = new ActivityFormView(form, messages);
        Dialogs.form(activityTable.getScene().getWindow(), messages, messages.text("activity.edit.title"),
                view.build(), view::save, form.busyProperty());
    }

    @FXML
    private void cancelActivity() {
        if (Dialogs.confirm(activityTable.getScene().getWindow(), messages, messages.text("activity.cancel.confirm",
                vm.selectedProperty().get().activity().summary()), messages.text("activity.cancel"))) {
            vm.cancelActivity();
        }
    }

    @FXML
    private void reopenActivity() {
        if (Dialogs.confirm(activityTable.getScene().getWindow(), messages, messages.text("activity.reopen.confirm",
                vm.selectedProperty().get().activity().summary()), messages.text("activity.reopen"))) {
            vm.reopenActivity();
        }
    }

    @FXML
    private void delete() {
        if (Dialogs.confirm(activityTable.getScene().getWindow(), messages, messages.text("activity.delete.confirm",
                vm.selectedProperty().get().activity().summary()), messages.text("activity.delete"))) {
            vm.deleteActivity();
        }
    }

    @FXML
    private void projects() {
        ProjectsViewModel projects = vm.projects();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(activityTable.getScene().getWindow());
        dialog.setTitle(messages.text("activity.projects"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new ProjectsView(projects, messages, vm.canKeepProjects()).build());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.text("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    @FXML
    private void rules() {
        HoursRulesFormViewModel form = vm.rulesForm();
        Dialogs.form(activityTable.getScene().getWindow(), messages, messages.text("hoursRules.title"),
                new HoursRulesFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void addLine() {
        showHours(vm.addHoursForm(), "hours.add.title");
    }

    @FXML
    private void changeLine() {
        HoursFormViewModel form = vm.changeHoursForm();
        showHours(form, form.mode() == HoursFormViewModel.Mode.CORRECT ? "hours.correct.title" : "hours.change.title");
    }

    private void showHours(HoursFormViewModel form, String titleKey) {
        Dialogs.form(activityTable.getScene().getWindow(), messages, messages.text(titleKey),
                new HoursFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void removeLine() {
        if (Dialogs.confirm(activityTable.getScene().getWindow(), messages, messages.text("hours.remove.confirm",
                vm.selectedLineProperty().get().personName()))) {
            vm.removeLine();
        }
    }

    @FXML
    private void approve() {
        vm.approveLine();
    }

    @FXML
    private void decline() {
        DeclineFormViewModel form = vm.declineForm();
        Dialogs.form(activityTable.getScene().getWindow(), messages, messages.text("hours.decline.title"),
                new DeclineFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void approveAll() {
        vm.approveAll();
    }
}
