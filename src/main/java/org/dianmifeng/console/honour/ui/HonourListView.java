package org.dianmifeng.console.honour.ui;

import java.io.File;
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
import javafx.stage.FileChooser;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The honours screen (荣誉): filters and export above, the list below; editing commands for roles that may edit. */
public final class HonourListView {
    private final HonourListViewModel vm;
    private final Messages messages;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<HonourLevel> levelBox;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private TextField recipientField;
    @FXML private TextField textField;
    @FXML private Button saveCertificateButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private ToolBar actionBar;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button attachCertificateButton;
    @FXML private Button removeCertificateButton;
    @FXML private TableView<HonourRow> honourTable;
    @FXML private Label statusLabel;

    public HonourListView(HonourListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        // each filter box starts with null: "all"
        yearBox.getItems().add(null);
        vm.yearChoices().addListener((ListChangeListener<Integer>) c -> ViewSupport.refill(yearBox, vm.yearChoices()));
        yearBox.setCellFactory(l -> ViewSupport.cell(y -> y == null ? messages.text("honour.filter.allYears") : y.toString()));
        yearBox.setButtonCell(ViewSupport.cell(y -> y == null ? messages.text("honour.filter.allYears") : y.toString()));
        yearBox.valueProperty().bindBidirectional(vm.yearFilterProperty());
        ViewSupport.fitChoices(yearBox, y -> y == null ? messages.text("honour.filter.allYears") : y.toString());
        levelBox.getItems().add(null);
        levelBox.getItems().addAll(HonourLevel.values());
        levelBox.setCellFactory(l -> ViewSupport.cell(v -> v == null ? messages.text("honour.filter.allLevels") : messages.label(v)));
        levelBox.setButtonCell(ViewSupport.cell(v -> v == null ? messages.text("honour.filter.allLevels") : messages.label(v)));
        levelBox.valueProperty().bindBidirectional(vm.levelFilterProperty());
        ViewSupport.fitChoices(levelBox, v -> v == null ? messages.text("honour.filter.allLevels") : messages.label(v));
        unitBox.getItems().add(null);
        vm.unitChoices().addListener((ListChangeListener<Unit>) c -> ViewSupport.refill(unitBox, vm.unitChoices()));
        unitBox.setCellFactory(l -> ViewSupport.cell(u -> u == null ? messages.text("honour.filter.allUnits") : vm.unitLabel(u)));
        unitBox.setButtonCell(ViewSupport.cell(u -> u == null ? messages.text("honour.filter.allUnits") : u.name()));
        unitBox.valueProperty().bindBidirectional(vm.unitFilterProperty());
        recipientField.textProperty().bindBidirectional(vm.recipientFilterProperty());
        textField.textProperty().bindBidirectional(vm.textFilterProperty());

        TableColumns.fill(honourTable, vm.columnHeaders(), vm::cells);
        // titles, awarding bodies and recipients are long Chinese names; codes, years and dates are short
        double[] widths = {240, 70, 90, 150, 60, 100, 150, 80, 120, 120, 70};
        for (int c = 0; c < widths.length && c < honourTable.getColumns().size(); c++) {
            honourTable.getColumns().get(c).setPrefWidth(widths[c]);
            honourTable.getColumns().get(c).setMinWidth(Math.min(widths[c], 60));
        }
        TableColumns.bind(honourTable, vm.rows());
        TableColumns.bindSelection(honourTable, vm.selectedProperty());
        honourTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.canEdit() && vm.selectedProperty().get() != null) {
                edit();
            }
        });

        ViewSupport.show(vm.canEdit(), actionBar);
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        BooleanExpression noCertificate = Bindings.createBooleanBinding(() -> !vm.selectedHasCertificate(),
                vm.selectedProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        attachCertificateButton.disableProperty().bind(none);
        removeCertificateButton.disableProperty().bind(none.or(noCertificate));
        saveCertificateButton.disableProperty().bind(none.or(noCertificate));
        for (Button b : java.util.List.of(removeCertificateButton, saveCertificateButton)) {
            ViewSupport.whyDisabled(b, () -> vm.selectedProperty().get() != null && !vm.selectedHasCertificate()
                    ? messages.text("honour.why.noCertificate") : "", vm.selectedProperty());
        }
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "honour.export.chooserTitle",
                "honour.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /** Puts "all" (null) and then the choices into a filter box, keeping what it shows. */


    @FXML
    private void add() {
        showForm(vm.newForm(), messages.text("honour.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editForm(), messages.text("honour.edit.title", vm.selectedProperty().get().honour().title()));
    }

    private void showForm(HonourFormViewModel form, String title) {
        Parent content = new HonourFormView(form, messages).build();
        Dialogs.form(honourTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }

    @FXML
    private void delete() {
        HonourRow row = vm.selectedProperty().get();
        // the scan is spoken of only where there is one
        if (Dialogs.confirm(honourTable.getScene().getWindow(), messages, messages.text(row.certificateAttached()
                ? "honour.delete.confirmScan" : "honour.delete.confirm", row.honour().title(),
                String.valueOf(row.honour().year()), row.recipientName()), messages.text("honour.delete.action"))) {
            vm.delete();
        }
    }

    @FXML
    private void attachCertificate() {
        HonourRow row = vm.selectedProperty().get();
        if (row.certificateAttached() && !Dialogs.confirm(honourTable.getScene().getWindow(), messages,
                messages.text("honour.certificate.replace.confirm", row.certificateFileName()))) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("honour.certificate.attach.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("honour.certificate.fileType"),
                "*.pdf", "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(honourTable.getScene().getWindow());
        if (file != null) {
            vm.attachCertificate(file.toPath());
        }
    }

    @FXML
    private void removeCertificate() {
        HonourRow row = vm.selectedProperty().get();
        if (Dialogs.confirm(honourTable.getScene().getWindow(), messages,
                messages.text("honour.certificate.remove.confirm", row.certificateFileName(), row.honour().title()))) {
            vm.removeCertificate();
        }
    }

    @FXML
    private void saveCertificate() {
        HonourRow row = vm.selectedProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("honour.certificate.save.title"));
        chooser.setInitialFileName(row.certificateFileName());
        File out = chooser.showSaveDialog(honourTable.getScene().getWindow());
        if (out != null) {
            vm.saveCertificate(out.toPath());
        }
    }
}
