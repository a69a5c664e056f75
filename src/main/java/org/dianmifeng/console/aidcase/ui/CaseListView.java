package org.dianmifeng.console.aidcase.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseEvent;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.FollowUpState;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/**
 * The 梦想小屋帮扶 screen: the case list on the left; on the right the selected case's overview (identity hidden
 * until a case officer reveals it with a reason), its timeline and, once {@link #setWorkPane} is called, the work
 * on the case (visits, pairings, renovation, follow-ups).
 */
public final class CaseListView {
    private final CaseListViewModel vm;
    private final Messages messages;
    private LongFunction<Parent> workPane;
    private Tab workTab;
    @FXML private TextField filterField;
    @FXML private ComboBox<AidCaseStatus> statusBox;
    @FXML private Button referButton;
    @FXML private Button editButton;
    @FXML private Button moveButton;
    @FXML private Button exportButton;
    @FXML private Button identityExportButton;
    @FXML private Button registerButton;
    @FXML private Button summaryButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private TableView<CaseRow> caseTable;
    @FXML private TabPane caseTabs;
    @FXML private Label noCaseLabel;
    @FXML private GridPane caseGrid;
    @FXML private Label identityHiddenLabel;
    @FXML private Button revealButton;
    @FXML private Button editChildButton;
    @FXML private Button attachConsentButton;
    @FXML private Button saveConsentButton;
    @FXML private javafx.scene.layout.FlowPane identityButtons;
    @FXML private javafx.scene.control.Separator identitySeparator;
    @FXML private javafx.scene.layout.HBox identityHeading;
    @FXML private GridPane identityGrid;
    @FXML private TableView<CaseEvent> eventTable;
    @FXML private Label statusLabel;
    @FXML private Label identityStatusLabel;

    public CaseListView(CaseListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        Parent root = Views.screen(this, messages, vm::load);
        ViewSupport.contentWhenShown(caseTabs.getTabs().get(1), () -> { });
        return root;
    }

    /**
     * Adds a tab with the work on the selected case, built by {@code workPane} for the case's id whenever another
     * case is selected (e.g. a TabPane of visits, pairings, renovation and follow-ups). No tab shows without it.
     */
    public void setWorkPane(LongFunction<Parent> workPane) {
        this.workPane = workPane;
        if (workTab == null) {
            workTab = new Tab(messages.text("case.tab.work"));
            workTab.setId("caseWorkTab");
            caseTabs.getTabs().add(workTab);
        }
        showWork(vm.selectedProperty().get());
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(AidCaseStatus.values());
        statusBox.setConverter(ViewSupport.converter(messages::label));
        statusBox.setButtonCell(statusCell());
        statusBox.setCellFactory(l -> statusCell());
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        TableColumns.fill(caseTable, vm.listHeaders(), vm::listCells);
        TableColumns.bind(caseTable, vm.rows());
        TableColumns.bindSelection(caseTable, vm.selectedProperty());
        eventTable.getColumns().setAll(List.of(
                TableColumns.<CaseEvent>column(messages.text("case.event.date"), CaseEvent::onDate),
                TableColumns.<CaseEvent>column(messages.text("case.event.step"), this::step),
                TableColumns.<CaseEvent>column(messages.text("case.event.user"), e -> e.user().shown(messages)),
                TableColumns.<CaseEvent>column(messages.text("case.event.reason"), CaseEvent::reason),
                TableColumns.<CaseEvent>column(messages.text("case.event.at"), CaseEvent::at)));
        eventTable.setItems(vm.events());
        ViewSupport.show(vm.canEdit(), editButton, moveButton);
        // a referral is typed with the child's identity: case officers only
        ViewSupport.show(vm.canEdit() && vm.maySeeIdentity(), referButton);
        ViewSupport.show(vm.maySeeIdentity(), revealButton, identityExportButton, summaryButton);
        ViewSupport.show(vm.maySeeIdentity() && vm.canEdit(), editChildButton);
        registerButton.disableProperty().bind(vm.busyProperty());
        summaryButton.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        // follow-ups that need attention make their case stand out in the list
        caseTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CaseRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(CaseWorkView.OVERDUE, CaseWorkView.DUE_THIS_WEEK);
                FollowUpState state = empty ? null : vm.dueState(row);
                if (state == FollowUpState.OVERDUE) {
                    getStyleClass().add(CaseWorkView.OVERDUE);
                } else if (state == FollowUpState.DUE_THIS_WEEK) {
                    getStyleClass().add(CaseWorkView.DUE_THIS_WEEK);
                }
            }
        });
        referButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(vm.canChangeCase().not());
        moveButton.disableProperty().bind(vm.canChangeCase().not());
        revealButton.disableProperty().bind(vm.canReveal().not());
        editChildButton.disableProperty().bind(vm.canEditIdentity().not());
        // uploading changes the child's record: a case officer who may also edit
        ViewSupport.show(vm.maySeeIdentity() && vm.canEdit(), attachConsentButton);
        ViewSupport.show(vm.maySeeIdentity(), saveConsentButton);
        attachConsentButton.disableProperty().bind(vm.canEditIdentity().not());
        saveConsentButton.disableProperty().bind(vm.canSaveConsent().not());
        // greyed out, they say why
        ViewSupport.whyDisabled(editChildButton, vm.whyNoIdentityCommand());
        ViewSupport.whyDisabled(attachConsentButton, vm.whyNoIdentityCommand());
        ViewSupport.whyDisabled(saveConsentButton, vm.whyNoConsentSave());
        ViewSupport.tipsWhenDisabled(identityButtons);
        identityExportButton.disableProperty().bind(vm.busyProperty());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "case.export.chooserTitle",
                "case.export.fileName", vm);
        vm.selectedProperty().addListener((o, a, b) -> showCase(b));
        vm.workCaseProperty().addListener((o, a, b) -> showWork(vm.selectedProperty().get()));
        vm.identityProperty().addListener((o, a, b) -> showIdentity(b));
        showCase(null);
        showIdentity(null);
        // what became of a reveal, the child's edit or the consent shows beside their buttons, where the officer
        // looks, and only there; the rest in the status line
        if (vm.maySeeIdentity()) {
            ViewSupport.bindStatus(statusLabel, vm, vm.aboutIdentityProperty().not());
            ViewSupport.bindStatus(identityStatusLabel, vm, vm.aboutIdentityProperty());
        } else {
            ViewSupport.bindStatus(statusLabel, vm);
            ViewSupport.show(false, identityStatusLabel);
        }
        // a refusal belongs to the tab it came from, and to the screen while it is shown
        caseTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.clearStatus());
        caseTable.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                vm.clearStatus();
            }
        });
    }

    private String step(CaseEvent e) {
        if (e.from() == null) {
            return messages.label(e.to());
        }
        return messages.text(e.reopening() ? "case.event.reopened" : "case.event.moved", e.from(), e.to());
    }

    private void showCase(CaseRow r) {
        ViewSupport.show(r == null, noCaseLabel);
        // the child's identity belongs to a chosen case: with none chosen, no heading alone and no commands
        ViewSupport.show(r != null, identitySeparator, identityHeading, identityButtons);
        // "身份已隐藏" speaks of a chosen case's child; with none chosen there is nothing hidden
        ViewSupport.show(r != null && vm.identityProperty().get() == null, identityHiddenLabel);
        caseGrid.getChildren().clear();
        if (r == null) {
            return;
        }
        List<Object> values = Arrays.asList(r.code(), r.ageBand() == null ? null : messages.label(r.ageBand()),
                r.township(), messages.label(r.category()), messages.label(r.status()), r.referralSource(),
                r.referrer(), r.referredOn(), r.unitName(), r.teamName(), r.officerNames(messages), r.handedOverOn(),
                r.consentOn() == null ? messages.text("case.noConsent") : r.consentOn());
        fillGrid(caseGrid, List.of("field.case.code", "field.case.ageBand", "field.child.township",
                "field.child.category", "field.case.status", "field.case.referralSource",
                "field.case.referrer", "field.case.referredOn", "field.case.unit", "field.case.team",
                "field.case.officers", "field.case.handedOverOn", "field.child.consentOn"), values);
    }

    private void showIdentity(Child c) {
        ViewSupport.show(c == null && vm.selectedProperty().get() != null, identityHiddenLabel);
        identityGrid.getChildren().clear();
        if (c == null) {
            return;
        }
        List<String> keys = new ArrayList<>(CaseListViewModel.IDENTITY_KEYS);
        keys.add("field.child.categoryNote");
        keys.add("field.child.consentScope");
        keys.add("field.child.consentBy");
        keys.add("field.child.consentDocName");
        fillGrid(identityGrid, keys, Arrays.asList(c.name(), messages.label(c.gender()), c.birthDate(), c.idNumber(),
                c.school(), c.schoolGrade(), c.community(), c.address(), c.guardianName(), c.guardianRelation(), c.guardianPhone(),
                c.categoryNote(), c.consentScope(), c.consentBy(), c.consentDocName()));
    }

    private void fillGrid(GridPane grid, List<String> keys, List<Object> values) {
        for (int i = 0; i < keys.size(); i++) {
            Label value = new Label(values.get(i) == null ? "" : values.get(i).toString());
            value.setWrapText(true);
            value.setId("value-" + keys.get(i).replace('.', '-'));
            grid.addRow(i, new Label(messages.text(keys.get(i))), value);
        }
    }

    private void showWork(CaseRow r) {
        if (workTab == null) {
            return;
        }
        workTab.setContent(r == null || workPane == null ? null : workPane.apply(r.id()));
        workTab.setDisable(r == null);
    }

    private ListCell<AidCaseStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AidCaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("case.allStatuses") : messages.label(item));
            }
        };
    }

    @FXML
    private void refer() {
        showForm(vm.referralForm(), messages.text("case.refer.title"));
    }

    @FXML
    private void editCase() {
        showForm(vm.editCaseForm(), messages.text("case.edit.title", vm.selectedProperty().get().code()));
    }

    @FXML
    private void editChild() {
        showForm(vm.editChildForm(), messages.text("case.editChild.title", vm.selectedProperty().get().code()));
    }

    @FXML
    private void attachConsent() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("case.consent.attach"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("case.consent.types"),
                Child.CONSENT_DOC_TYPES.stream().flatMap(t -> java.util.stream.Stream.of("*." + t, "*." + t.toUpperCase()))
                        .toList()));
        java.io.File file = chooser.showOpenDialog(caseTable.getScene().getWindow());
        if (file != null) {
            vm.attachConsent(file.toPath());
        }
    }

    @FXML
    private void saveConsent() {
        String code = vm.selectedProperty().get().code();
        Dialogs.askText(caseTable.getScene().getWindow(), messages, messages.text("case.consent.save"),
                messages.text("case.consent.prompt", code), null, true).ifPresent(reason -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle(messages.text("case.consent.save"));
                    java.io.File out = chooser.showSaveDialog(caseTable.getScene().getWindow());
                    if (out != null) {
                        vm.saveConsent(out.toPath(), reason);
                    }
                });
    }

    private void showForm(CaseFormViewModel form, String title) {
        Parent content = new CaseFormView(form, messages).build();
        Dialogs.form(caseTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }

    @FXML
    private void move() {
        MoveFormViewModel form = vm.moveForm();
        Dialogs.form(caseTable.getScene().getWindow(), messages,
                messages.text("case.move.title", vm.selectedProperty().get().code()),
                new MoveFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void reveal() {
        Dialogs.askText(caseTable.getScene().getWindow(), messages, messages.text("case.reveal.title",
                        vm.selectedProperty().get().code()), messages.text("case.reveal.prompt"), null, true)
                .ifPresent(vm::reveal);
    }

    @FXML
    private void printRegister() {
        ExportControls.chooseFile(caseTable.getScene().getWindow(), messages, messages.text("case.register.chooserTitle"),
                messages.text("case.register.fileName")).ifPresent(vm::printRegister);
    }

    @FXML
    private void printSummary() {
        String code = vm.selectedProperty().get().code();
        Dialogs.askText(caseTable.getScene().getWindow(), messages, messages.text("case.summary"),
                messages.text("case.summary.prompt", code), null, true).ifPresent(reason ->
                ExportControls.chooseFile(caseTable.getScene().getWindow(), messages,
                        messages.text("case.summary.chooserTitle"), messages.text("case.summary.fileName", code))
                        .ifPresent(out -> vm.printSummary(out, reason)));
    }

    @FXML
    private void exportIdentities() {
        Dialogs.askText(caseTable.getScene().getWindow(), messages, messages.text("case.identityExport"),
                messages.text("case.identityExport.prompt"), null, true).ifPresent(reason ->
                ExportControls.chooseFile(caseTable.getScene().getWindow(), messages,
                        messages.text("case.export.chooserTitle"), messages.text("case.identityExport.fileName"))
                        .ifPresent(out -> vm.exportIdentities(out, reason)));
    }
}
