package org.dianmifeng.console.party.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.EnrolmentRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The party-members tab: the member list above, the enrolment history of the selected member below. */
public final class MemberListView {
    private final MemberListViewModel vm;
    private final Messages messages;
    @FXML private TextField filterField;
    @FXML private ComboBox<BranchRow> branchBox;
    @FXML private ComboBox<MemberListViewModel.Enrolled> enrolledBox;
    @FXML private TableView<MemberRow> memberTable;
    @FXML private TableView<EnrolmentRow> historyTable;
    @FXML private Label historyTitle;
    @FXML private ToolBar actionBar;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button enrolButton;
    @FXML private Button moveButton;
    @FXML private Button endButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public MemberListView(MemberListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        branchBox.getItems().add(null);
        vm.branches().addListener((javafx.collections.ListChangeListener<BranchRow>) c -> {
            BranchRow keep = vm.branchFilterProperty().get();
            branchBox.getItems().setAll(vm.branches());
            branchBox.getItems().add(0, null);
            branchBox.setValue(keep);
        });
        branchBox.setConverter(ViewSupport.converter(BranchRow::name));
        branchBox.setCellFactory(l -> ViewSupport.cell(b -> b == null ? messages.text("org.member.branch.all") : b.name()));
        branchBox.setButtonCell(ViewSupport.cell(b -> b == null ? messages.text("org.member.branch.all") : b.name()));
        branchBox.valueProperty().bindBidirectional(vm.branchFilterProperty());
        enrolledBox.getItems().setAll(MemberListViewModel.Enrolled.values());
        enrolledBox.setCellFactory(l -> ViewSupport.cell(this::enrolledText));
        enrolledBox.setButtonCell(ViewSupport.cell(this::enrolledText));
        enrolledBox.valueProperty().bindBidirectional(vm.enrolledFilterProperty());

        TableColumns.fill(memberTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(memberTable, vm.rows());
        TableColumns.bindSelection(memberTable, vm.selectedProperty());
        TableColumns.fill(historyTable, vm.historyHeaders(), vm::historyCells);
        historyTable.setItems(vm.history());
        historyTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? messages.text("org.member.history.none")
                : messages.text("org.member.history.of", vm.selectedProperty().get().name()), vm.selectedProperty()));

        ViewSupport.show(vm.canEdit(), actionBar);
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(vm.canChange().not());
        removeButton.disableProperty().bind(vm.canChange().not());
        enrolButton.disableProperty().bind(vm.canEnrol().not());
        moveButton.disableProperty().bind(vm.canMoveOrEnd().not());
        endButton.disableProperty().bind(vm.canMoveOrEnd().not());
        // greyed out for the chosen member, they say why
        ViewSupport.whyDisabled(enrolButton, () -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().enrolled() ? messages.text("org.member.why.enrolled") : "",
                vm.selectedProperty());
        for (Button b : java.util.List.of(moveButton, endButton)) {
            ViewSupport.whyDisabled(b, () -> vm.selectedProperty().get() != null
                    && !vm.selectedProperty().get().enrolled() ? messages.text("org.member.why.notEnrolled") : "",
                    vm.selectedProperty());
        }
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "org.member.export.chooserTitle",
                "org.member.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    private String enrolledText(MemberListViewModel.Enrolled e) {
        return e == null ? "" : messages.text(switch (e) {
            case ALL -> "org.member.enrolled.all";
            case YES -> "org.member.enrolled.yes";
            case NO -> "org.member.enrolled.no";
        });
    }


    @FXML
    private void add() {
        showForm(vm.newMemberForm(), messages.text("org.member.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editMemberForm(), messages.text("org.member.edit.title"));
    }

    @FXML
    private void remove() {
        MemberRow member = vm.selectedProperty().get();
        if (Dialogs.confirm(memberTable.getScene().getWindow(), messages,
                messages.text("org.member.remove.confirm", member.name()))) {
            vm.removeMember();
        }
    }

    @FXML
    private void enrol() {
        showEnrolmentForm(vm.enrolmentForm(), messages.text("org.member.enrol.title"));
    }

    @FXML
    private void move() {
        showEnrolmentForm(vm.enrolmentForm(), messages.text("org.member.move.title"));
    }

    /** Asks for the end date (today by default) and ends the selected member's active enrolment. */
    @FXML
    private void end() {
        MemberRow member = vm.selectedProperty().get();
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(memberTable.getScene().getWindow());
        dialog.setTitle(messages.text("org.member.end.title"));
        DatePicker date = new DatePicker(vm.today());
        date.setId("endDatePicker");
        Label prompt = new Label(messages.text("org.member.end.confirm", member.name(), member.communityName(),
                member.gridName()));
        prompt.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, prompt, date));
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(messages));
        dialog.setResultConverter(b -> b == ok ? date.getValue() : null);
        Optional<LocalDate> chosen = dialog.showAndWait();
        chosen.ifPresent(vm::endEnrolment);
    }

    private void showForm(MemberFormViewModel form, String title) {
        Parent content = new MemberFormView(form, messages).build();
        Dialogs.form(memberTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }

    private void showEnrolmentForm(EnrolmentFormViewModel form, String title) {
        Parent content = new EnrolmentFormView(form, messages).build();
        Dialogs.form(memberTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }
}
