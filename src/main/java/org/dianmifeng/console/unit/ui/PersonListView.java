package org.dianmifeng.console.unit.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;

/** The people screen: a filterable, sortable table with add, edit, delete and Excel export. */
public final class PersonListView {
    private final PersonListViewModel vm;
    private final Messages messages;
    @FXML private TextField filterField;
    @FXML private ComboBox<Choice<Unit>> unitBox;
    @FXML private ComboBox<Choice<PoliticalStatus>> statusBox;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private TableView<PersonRow> table;
    @FXML private Label statusLabel;
    @FXML private Label countLabel;

    public PersonListView(PersonListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /**
     * The people screen of a signed-in window, loading its rows in the background; on a server the window reads them
     * again when it is shown again or regains focus ({@link MainWindow#refreshing}).
     */
    public static Parent create(UiContext ctx, PersonService people, UnitService units) {
        PersonListViewModel vm = new PersonListViewModel(ctx, people, units);
        return new PersonListView(vm, ctx.messages()).build();
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load, vm::refresh);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        unitBox.setItems(vm.unitChoices());
        unitBox.valueProperty().bindBidirectional(vm.unitFilterProperty());
        statusBox.setItems(vm.statusChoices());
        ViewSupport.fitChoices(statusBox, Choice::label);
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());

        for (PersonListViewModel.ListColumn c : vm.columns()) {
            TableColumn<PersonRow, Object> col = TableColumns.column(c.header(), c::value);
            col.setId(c.key());
            col.visibleProperty().bindBidirectional(c.visibleProperty());
            table.getColumns().add(col);
        }
        table.setTableMenuButtonVisible(true);
        TableColumns.bind(table, vm.sortedRows());
        TableColumns.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<PersonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && vm.canEdit()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null && vm.canEdit()) {
                edit();
            }
        });

        ViewSupport.show(vm.canEdit(), addButton, editButton, deleteButton);
        var noSelection = vm.selectedProperty().isNull();
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        deleteButton.disableProperty().bind(noSelection.or(vm.busyProperty()));

        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "person.export.chooserTitle",
                "person.export.fileName", vm);

        countLabel.textProperty().bind(vm.countText());
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void add() {
        PersonFormViewModel form = vm.newForm();
        showForm(form, messages.text("person.add.title"));
    }

    @FXML
    private void edit() {
        PersonRow row = vm.selectedProperty().get();
        if (row != null) {
            showForm(vm.editForm(row), messages.text("person.edit.title", row.name()));
        }
    }

    private void showForm(PersonFormViewModel form, String title) {
        PersonFormView view = new PersonFormView(form, messages);
        Dialogs.form(table.getScene().getWindow(), messages, title, view.build(), view::save, form.busyProperty());
    }

    @FXML
    private void delete() {
        PersonRow row = vm.selectedProperty().get();
        // what goes with the person is said, and the button says what it does
        if (row != null && Dialogs.confirm(table.getScene().getWindow(), messages, row.volunteerNo() == null
                ? messages.text("person.delete.confirm", row.name())
                : messages.text("person.delete.confirmVolunteer", row.name(), row.volunteerNo()),
                messages.text("person.delete"))) {
            vm.delete();
        }
    }
}
