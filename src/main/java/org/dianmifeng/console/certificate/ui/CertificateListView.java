package org.dianmifeng.console.certificate.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import org.dianmifeng.console.certificate.CertificateRow;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The certificates screen (服务证明): the register, search by number, export; issue, team, reprint, revoke. */
public final class CertificateListView {
    private final CertificateListViewModel vm;
    private final Messages messages;
    @FXML private TextField textField;
    @FXML private CheckBox validOnlyBox;
    @FXML private TextField numberField;
    @FXML private Button searchButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private ToolBar actionBar;
    @FXML private Button issueButton;
    @FXML private Button issueTeamButton;
    @FXML private Button reprintButton;
    @FXML private Button revokeButton;
    @FXML private ProgressBar printProgress;
    @FXML private Button organisationButton;
    @FXML private TableView<CertificateRow> table;
    @FXML private Label statusLabel;

    /** Where a certificate is saved, given the name offered: a seam, so that a test answers without a window. */
    private java.util.function.Function<String, java.util.Optional<java.nio.file.Path>> saveChooser;

    public CertificateListView(CertificateListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.saveChooser = fileName -> ExportControls.chooseFile(table.getScene().getWindow(), messages,
                messages.text("certificate.chooserTitle"), fileName);
    }

    /** Replaces the save dialog of certificates (tests). */
    public CertificateListView setSaveChooser(
            java.util.function.Function<String, java.util.Optional<java.nio.file.Path>> chooser) {
        this.saveChooser = chooser;
        return this;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        textField.textProperty().bindBidirectional(vm.textFilterProperty());
        validOnlyBox.selectedProperty().bindBidirectional(vm.validOnlyProperty());
        numberField.textProperty().bindBidirectional(vm.numberSearchProperty());
        numberField.setOnAction(e -> search());
        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        double[] widths = {165, 70, 105, 150, 120, 185, 55, 90, 70, 120, 140};
        for (int c = 0; c < widths.length && c < table.getColumns().size(); c++) {
            table.getColumns().get(c).setPrefWidth(widths[c]);
            table.getColumns().get(c).setMinWidth(Math.min(widths[c], 60));
        }
        TableColumns.bind(table, vm.rows());
        TableColumns.bindSelection(table, vm.selectedProperty());

        ViewSupport.show(vm.canIssue() || vm.canSetOrganisation(), actionBar);
        ViewSupport.show(vm.canIssue(), issueButton, issueTeamButton, reprintButton, revokeButton);
        ViewSupport.show(vm.canSetOrganisation(), organisationButton);
        BooleanExpression notValid = Bindings.createBooleanBinding(() -> !vm.selectedIsValid(), vm.selectedProperty())
                .or(vm.busyProperty());
        reprintButton.disableProperty().bind(notValid);
        revokeButton.disableProperty().bind(notValid);
        for (Button b : java.util.List.of(reprintButton, revokeButton)) {
            ViewSupport.whyDisabled(b, () -> vm.selectedProperty().get() != null && !vm.selectedIsValid()
                    ? messages.text("certificate.why.revoked") : "", vm.selectedProperty());
        }
        issueButton.disableProperty().bind(vm.busyProperty());
        issueTeamButton.disableProperty().bind(vm.busyProperty());
        searchButton.disableProperty().bind(vm.busyProperty());
        ExportControls.bind(printProgress, new Button(), vm.printJobProperty());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages,
                "certificate.export.chooserTitle", "certificate.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void search() {
        vm.searchNumber();
    }

    @FXML
    private void issue() {
        showIssueForm(vm.issueForm(), "certificate.issue.title");
    }

    @FXML
    private void issueTeam() {
        showIssueForm(vm.teamIssueForm(), "certificate.issueTeam.title");
    }

    /** The issue form: Save checks every field, then asks where to write the certificates, then writes them. */
    private void showIssueForm(CertificateIssueFormViewModel form, String titleKey) {
        CertificateIssueFormView view = new CertificateIssueFormView(form, messages);
        Parent content = view.build();
        Dialogs.form(table.getScene().getWindow(), messages, messages.text(titleKey), content,
                view.save(() -> saveChooser.apply(messages.text("certificate.fileName"))), form.busyProperty());
    }

    @FXML
    private void reprint() {
        CertificateRow row = vm.selectedProperty().get();
        saveChooser.apply(row.certificate().certNo() + ".xlsx").ifPresent(vm::reprint);
    }

    @FXML
    private void revoke() {
        CertificateRow row = vm.selectedProperty().get();
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("certificate.revoke.title"),
                messages.text("certificate.revoke.prompt", row.certificate().certNo(), row.name()), "", true)
                .ifPresent(vm::revoke);
    }

    @FXML
    private void organisation() {
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("certificate.settings"),
                messages.text("certificate.settings.prompt"), vm.organisation(), true).ifPresent(vm::saveOrganisation);
    }
}
