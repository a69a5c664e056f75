package org.dianmifeng.console.volunteer.ui;

import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.VolunteerDetail;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.dianmifeng.console.volunteer.VolunteerYear;

/** The volunteers screen (志愿者): filters above, the list, and the selected volunteer's teams and hours by year. */
public final class VolunteerListView {
    private final VolunteerListViewModel vm;
    private final Messages messages;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private ComboBox<TeamRow> teamBox;
    @FXML private ComboBox<VolunteerStatus> statusBox;
    @FXML private TextField textField;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private ToolBar actionBar;
    @FXML private Button registerButton;
    @FXML private Button statusButton;
    @FXML private TableView<VolunteerRow> volunteerTable;
    @FXML private Label detailTitle;
    @FXML private TableView<VolunteerDetail.TeamMembership> teamTable;
    @FXML private TableView<VolunteerYear> yearTable;
    @FXML private Label statusLabel;
    @FXML private Label countLabel;

    public VolunteerListView(VolunteerListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        unitBox.getItems().add(null);
        vm.unitChoices().addListener((ListChangeListener<Unit>) c -> ViewSupport.refill(unitBox, vm.unitChoices()));
        unitBox.setCellFactory(l -> ViewSupport.cell(u -> u == null ? messages.text("volunteer.filter.allUnits") : vm.unitLabel(u)));
        unitBox.setButtonCell(ViewSupport.cell(u -> u == null ? messages.text("volunteer.filter.allUnits") : u.name()));
        unitBox.valueProperty().bindBidirectional(vm.unitFilterProperty());
        teamBox.getItems().add(null);
        vm.teamChoices().addListener((ListChangeListener<TeamRow>) c -> ViewSupport.refill(teamBox, vm.teamChoices()));
        Function<TeamRow, String> teamText = t -> t == null ? messages.text("volunteer.filter.allTeams") : t.name();
        teamBox.setCellFactory(l -> ViewSupport.cell(teamText));
        teamBox.setButtonCell(ViewSupport.cell(teamText));
        ViewSupport.fitChosen(teamBox, teamText);
        teamBox.valueProperty().bindBidirectional(vm.teamFilterProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(VolunteerStatus.values());
        Function<VolunteerStatus, String> statusText = s -> s == null
                ? messages.text("volunteer.filter.allStatuses") : messages.label(s);
        statusBox.setCellFactory(l -> ViewSupport.cell(statusText));
        statusBox.setButtonCell(ViewSupport.cell(statusText));
        ViewSupport.fitChoices(statusBox, statusText);
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        textField.textProperty().bindBidirectional(vm.textFilterProperty());

        TableColumns.fill(volunteerTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(volunteerTable, vm.rows());
        TableColumns.bindSelection(volunteerTable, vm.selectedProperty());
        TableColumns.fill(teamTable, vm.teamHeaders(), vm::teamCells);
        TableColumns.bind(teamTable, new SortedList<>(vm.detailTeams()));
        TableColumns.fill(yearTable, vm.yearHeaders(), vm::yearCells);
        TableColumns.bind(yearTable, new SortedList<>(vm.detailYears()));
        detailTitle.setText(vm.detailTitle());
        vm.detailProperty().addListener((o, a, b) -> detailTitle.setText(vm.detailTitle()));

        ViewSupport.show(vm.canEdit(), actionBar);
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        registerButton.disableProperty().bind(vm.busyProperty());
        statusButton.disableProperty().bind(none);
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "volunteer.export.chooserTitle",
                "volunteer.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
        countLabel.textProperty().bind(vm.countText());
    }



    @FXML
    private void register() {
        VolunteerRegisterViewModel form = vm.registerForm();
        Dialogs.form(volunteerTable.getScene().getWindow(), messages, messages.text("volunteer.register.title"),
                new VolunteerRegisterView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void changeStatus() {
        VolunteerStatusViewModel form = vm.statusForm();
        Dialogs.form(volunteerTable.getScene().getWindow(), messages, messages.text("volunteer.status.title",
                vm.selectedProperty().get().name()), new VolunteerStatusView(form, messages).build(), form::save,
                form.busyProperty());
    }
}
