package org.dianmifeng.console.site.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
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
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The practice network screen (阵地网络): period and filters above, the sites with their figures below. */
public final class SiteListView {
    private final SiteListViewModel vm;
    private final Messages messages;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private ComboBox<SiteKind> kindBox;
    @FXML private ComboBox<SiteStatus> statusBox;
    @FXML private TextField textField;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private ToolBar actionBar;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button closeButton;
    @FXML private TableView<SiteRow> siteTable;
    @FXML private Label statusLabel;

    public SiteListView(SiteListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        yearBox.getItems().setAll(vm.yearChoices());
        yearBox.setConverter(ViewSupport.converter(y -> messages.text("site.period.year", String.valueOf(y))));
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        unitBox.getItems().add(null);
        vm.unitChoices().addListener((ListChangeListener<Unit>) c -> ViewSupport.refill(unitBox, vm.unitChoices()));
        unitBox.setCellFactory(l -> ViewSupport.cell(u -> u == null ? messages.text("site.filter.allUnits") : vm.unitLabel(u)));
        unitBox.setButtonCell(ViewSupport.cell(u -> u == null ? messages.text("site.filter.allUnits") : u.name()));
        unitBox.valueProperty().bindBidirectional(vm.unitFilterProperty());
        choices(kindBox, SiteKind.values(), "site.filter.allKinds");
        kindBox.valueProperty().bindBidirectional(vm.kindFilterProperty());
        choices(statusBox, SiteStatus.values(), "site.filter.allStatuses");
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        textField.textProperty().bindBidirectional(vm.textFilterProperty());

        fillColumns();
        vm.yearProperty().addListener((o, a, b) -> fillColumns());
        TableColumns.bind(siteTable, vm.rows());
        TableColumns.bindSelection(siteTable, vm.selectedProperty());
        siteTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.canEdit() && vm.selectedProperty().get() != null) {
                edit();
            }
        });
        ViewSupport.show(vm.canEdit(), actionBar);
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(none);
        closeButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !vm.selectedClosable(),
                vm.selectedProperty())));
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "site.export.chooserTitle",
                "site.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /** The columns, their headers naming the chosen year's figures. */
    private void fillColumns() {
        siteTable.getColumns().clear();
        TableColumns.fill(siteTable, vm.columnHeaders(), vm::cells);
    }

    private <E extends Enum<E>> void choices(ComboBox<E> box, E[] values, String allKey) {
        box.getItems().add(null);
        box.getItems().addAll(values);
        Function<E, String> text = v -> v == null ? messages.text(allKey) : messages.label(v);
        box.setCellFactory(l -> ViewSupport.cell(text));
        box.setButtonCell(ViewSupport.cell(text));
        ViewSupport.fitChoices(box, text);
    }



    @FXML
    private void add() {
        showForm(vm.newForm(), messages.text("site.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editForm(), messages.text("site.edit.title", vm.selectedProperty().get().site().name()));
    }

    private void showForm(SiteFormViewModel form, String title) {
        Parent content = new SiteFormView(form, messages).build();
        Dialogs.form(siteTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }

    @FXML
    private void closeSite() {
        SiteRow row = vm.selectedProperty().get();
        if (Dialogs.confirm(siteTable.getScene().getWindow(), messages,
                messages.text("site.close.confirm", row.site().name()))) {
            vm.closeSelected();
        }
    }
}
