package org.dianmifeng.console.imports.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.imports.DuplicatePolicy;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.imports.ImportRecord;
import org.dianmifeng.console.imports.ImportRow;
import org.dianmifeng.console.imports.RowStatus;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The import screen: binds {@link ImportViewModel}; the file choosers and the undo's confirmation are its own. */
public final class ImportView {
    private final ImportViewModel vm;
    private final Messages messages;
    @FXML private javafx.scene.layout.FlowPane commandRow;
    @FXML private Button chooseButton;
    @FXML private ComboBox<ImportKind> kindBox;
    @FXML private Label kindLabel;
    @FXML private ComboBox<DuplicatePolicy> policyBox;
    @FXML private Label policyLabel;
    @FXML private CheckBox validOnlyBox;
    @FXML private CheckBox matchBox;
    @FXML private Button confirmButton;
    @FXML private Button importButton;
    @FXML private Button errorReportButton;
    @FXML private ProgressBar jobProgress;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private GridPane mappingGrid;
    @FXML private Label mappingHint;
    @FXML private ComboBox<RowStatus> statusBox;
    @FXML private TableView<ImportRow> previewTable;
    @FXML private Button undoButton;
    @FXML private TableView<ImportRecord> historyTable;

    public ImportView(ImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        ViewSupport.enumChoices(kindBox, ImportKind.class, messages);
        kindBox.getItems().setAll(vm.kinds());
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        ViewSupport.fitChoices(kindBox, messages::label);
        kindLabel.setLabelFor(kindBox);
        kindBox.disableProperty().bind(vm.busyProperty());
        vm.kindProperty().addListener((o, a, b) -> TableColumns.fill(previewTable, vm.previewHeaders(), vm::previewCells));
        ViewSupport.enumChoices(policyBox, DuplicatePolicy.class, messages);
        policyBox.valueProperty().bindBidirectional(vm.policyProperty());
        ViewSupport.fitChoices(policyBox, messages::label);
        policyLabel.setLabelFor(policyBox);
        validOnlyBox.selectedProperty().bindBidirectional(vm.validOnlyProperty());
        matchBox.selectedProperty().bindBidirectional(vm.matchByNameAndBirthProperty());
        matchBox.visibleProperty().bind(vm.kindProperty().isEqualTo(ImportKind.PEOPLE));
        matchBox.managedProperty().bind(matchBox.visibleProperty());
        previewTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        confirmButton.visibleProperty().bind(matchBox.selectedProperty().and(matchBox.visibleProperty()));
        confirmButton.managedProperty().bind(confirmButton.visibleProperty());
        confirmButton.disableProperty().bind(vm.busyProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(RowStatus.values());
        statusBox.setConverter(ViewSupport.converter(s -> s == null ? messages.text("importScreen.allStatuses") : messages.label(s)));
        statusBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RowStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.text("importScreen.allStatuses") : messages.label(item));
            }
        });
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());

        TableColumns.fill(previewTable, vm.previewHeaders(), vm::previewCells);
        TableColumns.placeholder(previewTable, messages);
        TableColumns.bind(previewTable, vm.rows());
        TableColumns.fill(historyTable, vm.historyHeaders(), vm::historyCells);
        TableColumns.placeholder(historyTable, messages);
        historyTable.setItems(vm.history());
        TableColumns.bindSelection(historyTable, vm.selectedImportProperty());

        importButton.disableProperty().bind(vm.canImportProperty().not());
        errorReportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.errors()));
        ViewSupport.whyDisabled(importButton, vm.whyNotImportProperty());
        ViewSupport.whyDisabled(errorReportButton, vm.whyNoErrorReportProperty());
        ViewSupport.tipsWhenDisabled(commandRow);
        undoButton.disableProperty().bind(vm.selectedImportProperty().isNull().or(vm.busyProperty()));
        chooseButton.disableProperty().bind(vm.busyProperty());
        jobProgress.visibleProperty().bind(vm.jobProperty().isNotNull());
        jobProgress.managedProperty().bind(jobProgress.visibleProperty());
        cancelButton.visibleProperty().bind(jobProgress.visibleProperty());
        cancelButton.managedProperty().bind(jobProgress.visibleProperty());
        vm.jobProperty().addListener((o, a, running) -> {
            jobProgress.progressProperty().unbind();
            if (running != null) {
                jobProgress.progressProperty().bind(running.progressProperty());
            }
        });
        ViewSupport.bindStatus(statusLabel, vm);
        statusLabel.visibleProperty().bind(statusLabel.textProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        vm.mapping().addListener((ListChangeListener<ImportViewModel.MappingLine>) c -> showMapping());
        // before a file is opened the mapping says what will show there
        ViewSupport.show(vm.mapping().isEmpty(), mappingHint);
        vm.mapping().addListener((ListChangeListener<ImportViewModel.MappingLine>) c ->
                ViewSupport.show(vm.mapping().isEmpty(), mappingHint));
    }

    /** One line per field: its label and a choice of the file's columns. */
    private void showMapping() {
        mappingGrid.getChildren().clear();
        int r = 0;
        for (ImportViewModel.MappingLine line : vm.mapping()) {
            Label label = new Label(messages.text("field." + line.column().field()) + (line.column().required() ? " *" : ""));
            if (line.column().required() && line.index() < 0) {
                label.getStyleClass().add("danger"); // a field the import needs and no column fills yet
            }
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<Integer> box = new ComboBox<>();
            box.setId("importMapping-" + line.column().name());
            box.getItems().add(-1);
            for (int i = 0; i < vm.headers().size(); i++) {
                box.getItems().add(i);
            }
            box.setConverter(ViewSupport.converter(vm::headerChoice));
            box.setValue(line.index());
            box.valueProperty().addListener((o, a, b) -> {
                if (b != null && b != line.index()) {
                    vm.remap(line.column(), b);
                }
            });
            label.setLabelFor(box);
            mappingGrid.addRow(r++, label, box);
        }
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("importScreen.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("importScreen.fileKinds"),
                "*.xlsx", "*.xls", "*.csv", "*.XLSX", "*.XLS", "*.CSV"));
        File f = chooser.showOpenDialog(chooseButton.getScene().getWindow());
        if (f != null) {
            vm.choose(f.toPath());
        }
    }

    /** Asks the running preview or import to stop at its next check (never an interrupt: nothing is half written). */
    @FXML
    private void cancel() {
        vm.cancel();
    }

    /** Confirms the matches by name and birth date of the preview's selected rows. */
    @FXML
    private void confirmMatches() {
        vm.confirmMatches(java.util.List.copyOf(previewTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void importNow() {
        vm.importNow();
    }

    @FXML
    private void errorReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("importScreen.errorReport"));
        chooser.setInitialFileName(messages.text("importScreen.errorReportFile"));
        File f = chooser.showSaveDialog(errorReportButton.getScene().getWindow());
        if (f != null) {
            vm.writeErrorReport(f.toPath());
        }
    }

    @FXML
    private void template() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("importScreen.template"));
        chooser.setInitialFileName(messages.text("importScreen.templateFile." + vm.kindProperty().get().name()));
        File f = chooser.showSaveDialog(chooseButton.getScene().getWindow());
        if (f != null) {
            vm.writeTemplate(f.toPath());
        }
    }

    @FXML
    private void undo() {
        ImportRecord chosen = vm.selectedImportProperty().get();
        if (chosen != null && Dialogs.confirm(undoButton.getScene().getWindow(), messages,
                messages.text("importScreen.undoQuestion", chosen.fileName(), chosen.added(), chosen.updated()))) {
            vm.undo();
        }
    }

    /** For tests: the file chosen without the dialog. */
    void chooseFile(Path file) {
        vm.choose(file);
    }
}
