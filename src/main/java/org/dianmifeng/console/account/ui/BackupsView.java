package org.dianmifeng.console.account.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.BackupReason;
import org.dianmifeng.console.core.BackupResult;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/**
 * The backups screen of the administrator (备份与恢复): back up, check and restore above, the list with its filters
 * and export in the middle, the backup folder and how many backups are kept below.
 */
public final class BackupsView {
    private final BackupsViewModel vm;
    private final Messages messages;
    @FXML private Button backUpButton;
    @FXML private Button verifyButton;
    @FXML private Button restoreButton;
    @FXML private ProgressBar jobProgress;
    @FXML private Label statusLabel;
    @FXML private ComboBox<BackupReason> reasonBox;
    @FXML private ComboBox<BackupResult> resultBox;
    @FXML private TextField textField;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private TableView<BackupInfo> table;
    @FXML private Label folderLabel;
    @FXML private TextField folderField;
    @FXML private Label folderError;
    @FXML private Label effectiveLabel;
    @FXML private Label dailyLabel;
    @FXML private TextField dailyField;
    @FXML private Label dailyError;
    @FXML private Label weeklyLabel;
    @FXML private TextField weeklyField;
    @FXML private Label weeklyError;
    @FXML private Label monthlyLabel;
    @FXML private TextField monthlyField;
    @FXML private Label monthlyError;
    @FXML private Button saveButton;

    public BackupsView(BackupsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        vm.load();
        return root;
    }

    @FXML
    private void initialize() {
        // each filter box starts with null: "all"
        reasonBox.getItems().add(null);
        reasonBox.getItems().addAll(BackupReason.values());
        reasonBox.setCellFactory(l -> ViewSupport.cell(r -> r == null ? messages.text("backupScreen.filter.allReasons") : messages.label(r)));
        reasonBox.setButtonCell(ViewSupport.cell(r -> r == null ? messages.text("backupScreen.filter.allReasons") : messages.label(r)));
        reasonBox.valueProperty().bindBidirectional(vm.reasonFilterProperty());
        resultBox.getItems().add(null);
        resultBox.getItems().addAll(BackupResult.values());
        resultBox.setCellFactory(l -> ViewSupport.cell(r -> r == null ? messages.text("backupScreen.filter.allResults") : messages.label(r)));
        resultBox.setButtonCell(ViewSupport.cell(r -> r == null ? messages.text("backupScreen.filter.allResults") : messages.label(r)));
        resultBox.valueProperty().bindBidirectional(vm.resultFilterProperty());
        textField.textProperty().bindBidirectional(vm.textFilterProperty());

        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        // the time, labels and numbers are short; the file name takes what is left
        double[] widths = {168, 120, 84, 112, 72, 80, 360};
        for (int c = 0; c < widths.length && c < table.getColumns().size(); c++) {
            table.getColumns().get(c).setPrefWidth(widths[c]);
            table.getColumns().get(c).setMinWidth(Math.min(widths[c], 80));
        }
        table.setPlaceholder(new Label(messages.text("backupScreen.empty")));
        TableColumns.bind(table, vm.rows());
        TableColumns.bindSelection(table, vm.selectedProperty());

        backUpButton.disableProperty().bind(vm.busyProperty());
        verifyButton.disableProperty().bind(vm.noneSelectedProperty());
        restoreButton.disableProperty().bind(vm.noneSelectedProperty());
        jobProgress.visibleProperty().bind(vm.jobProperty().isNotNull());
        jobProgress.managedProperty().bind(jobProgress.visibleProperty());
        vm.jobProperty().addListener((o, a, running) -> {
            jobProgress.progressProperty().unbind();
            if (running != null) {
                jobProgress.progressProperty().bind(running.progressProperty());
            }
        });
        ViewSupport.bindStatus(statusLabel, vm);
        // the status line sits under the commands, where the user looks while they run: no room while it is empty
        statusLabel.visibleProperty().bind(statusLabel.textProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "backupScreen.export.chooserTitle",
                "backupScreen.export.fileName", vm);

        folderField.textProperty().bindBidirectional(vm.folderTextProperty());
        dailyField.textProperty().bindBidirectional(vm.keepDailyProperty());
        weeklyField.textProperty().bindBidirectional(vm.keepWeeklyProperty());
        monthlyField.textProperty().bindBidirectional(vm.keepMonthlyProperty());
        new FormFields(vm.errors())
                .add(BackupsViewModel.FOLDER, folderField, folderError)
                .add(BackupsViewModel.KEEP_DAILY, dailyField, dailyError)
                .add(BackupsViewModel.KEEP_WEEKLY, weeklyField, weeklyError)
                .add(BackupsViewModel.KEEP_MONTHLY, monthlyField, monthlyError);
        effectiveLabel.textProperty().bind(vm.effectiveFolderProperty());
        folderLabel.setLabelFor(folderField);
        dailyLabel.setLabelFor(dailyField);
        weeklyLabel.setLabelFor(weeklyField);
        monthlyLabel.setLabelFor(monthlyField);
        // Enter in a field of the settings saves them
        for (TextField f : new TextField[] {folderField, dailyField, weeklyField, monthlyField}) {
            f.setOnAction(e -> save());
        }
        saveButton.disableProperty().bind(vm.busyProperty());
    }


    @FXML
    private void backUpNow() {
        vm.backUpNow();
    }

    @FXML
    private void verify() {
        vm.verify();
    }

    @FXML
    private void restore() {
        if (vm.selectedProperty().get() != null && confirmRestore()) {
            vm.restore(message -> Dialogs.error(table.getScene().getWindow(), messages, message));
        }
    }

    /** Asks before a restore, naming the backup; the buttons say what they do, in the console's language. */
    private boolean confirmRestore() {
        ButtonType restore = new ButtonType(messages.text("startup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, vm.restoreQuestion(), restore, cancel);
        alert.setTitle(messages.text("dialog.confirm.title"));
        alert.setHeaderText(null);
        alert.initOwner(table.getScene().getWindow());
        alert.getDialogPane().setId("restoreBackupDialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }

    @FXML
    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("backupScreen.browse.title"));
        String typed = folderField.getText();
        if (typed != null && !typed.isBlank()) {
            try {
                Path current = Path.of(typed.strip());
                if (Files.isDirectory(current)) {
                    chooser.setInitialDirectory(current.toFile());
                }
            } catch (RuntimeException e) {
                // a path that is no path: the chooser starts where it likes
            }
        }
        File chosen = chooser.showDialog(table.getScene().getWindow());
        if (chosen != null) {
            vm.folderTextProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        vm.saveSettings();
    }
}
