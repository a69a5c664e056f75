package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.party.ui.PartyViews.offer;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.AppraisalBranch;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The appraisal board: filters and commands above, the appraisals and the grade chart side by side. */
public final class AppraisalBoardView {
    private final AppraisalBoardViewModel vm;
    private final Messages messages;
    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label branchLabel;
    @FXML private ComboBox<AppraisalBranch> branchBox;
    @FXML private ComboBox<AppraisalStatus> statusBox;
    @FXML private TextField filterField;
    @FXML private Button startButton;
    @FXML private Button editButton;
    @FXML private Button proposeButton;
    @FXML private javafx.scene.control.Separator confirmSeparator;
    @FXML private Button confirmButton;
    @FXML private Button returnButton;
    @FXML private Button reasonButton;
    @FXML private Button overrideButton;
    @FXML private Button exportButton;
    @FXML private Button printButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label selectionLabel;
    @FXML private TableView<AppraisalRow> table;
    @FXML private BarChart<Number, String> chart;
    @FXML private CategoryAxis gradeAxis;
    @FXML private NumberAxis countAxis;
    @FXML private Label statusLabel;
    @FXML private Label detailLabel;
    @FXML private Label rulesLabel;
    @FXML private ScrollPane sidePane;

    public AppraisalBoardView(AppraisalBoardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        yearBox.getItems().setAll(vm.years());
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        yearLabel.setLabelFor(yearBox);
        branchBox.setItems(vm.branches());
        branchBox.setConverter(ViewSupport.converter(AppraisalBranch::name));
        ViewSupport.fitChosen(branchBox, branchBox.getConverter()::toString);
        branchBox.valueProperty().bindBidirectional(vm.branchProperty());
        branchLabel.setLabelFor(branchBox);
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(AppraisalStatus.values());
        statusBox.setConverter(ViewSupport.converter(messages::label));
        statusBox.setCellFactory(l -> statusCell());
        statusBox.setButtonCell(statusCell());
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        filterField.textProperty().bindBidirectional(vm.filterProperty());

        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        TableColumns.bind(table, vm.rows());
        TableColumns.bindSelection(table, vm.selectedProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AppraisalRow>) c ->
                vm.selection().setAll(table.getSelectionModel().getSelectedItems()));
        selectionLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.selection().isEmpty() ? ""
                : messages.text("appraisal.selected", vm.selection().size()), vm.selection()));

        vm.distribution().addListener((ListChangeListener<AppraisalBoardViewModel.GradeCount>) c -> drawChart());
        drawChart();

        ViewSupport.show(vm.editOffered(), editButton);
        ViewSupport.show(vm.overrideOffered(), overrideButton);
        offer(vm.startOffered(), startButton, proposeButton);
        offer(vm.confirmOffered(), confirmSeparator, confirmButton, returnButton, reasonButton);
        startButton.disableProperty().bind(vm.canStart().not());
        proposeButton.disableProperty().bind(vm.canPropose().not());
        editButton.disableProperty().bind(vm.canEdit().not());
        confirmButton.disableProperty().bind(vm.canConfirm().not());
        returnButton.disableProperty().bind(vm.canReturn().not());
        reasonButton.disableProperty().bind(vm.canWriteReason().not());
        overrideButton.disableProperty().bind(vm.canOverride().not());
        // greyed out for the rows chosen, they say why
        for (Button b : java.util.List.of(editButton, reasonButton)) {
            ViewSupport.whyDisabled(b, () -> vm.selectedProperty().get() != null
                    && vm.selectedProperty().get().status().locked() ? messages.text("appraisal.why.locked") : "",
                    vm.selectedProperty());
        }
        ViewSupport.whyDisabled(confirmButton, () -> notProposed(vm.selection()), vm.selection());
        ViewSupport.whyDisabled(returnButton, () -> notProposed(vm.selectedProperty().get() == null
                ? java.util.List.of() : java.util.List.of(vm.selectedProperty().get())), vm.selectedProperty());
        ViewSupport.whyDisabled(overrideButton, () -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().status().locked() ? "" : messages.text("appraisal.why.notConfirmed",
                messages.label(vm.selectedProperty().get().status())), vm.selectedProperty());
        rulesLabel.textProperty().bind(vm.rulesTextProperty());
        sidePane.viewportBoundsProperty().addListener((o, was, now) -> fitSide());
        rulesLabel.textProperty().addListener((o, was, now) -> Platform.runLater(this::fitSide));
        detailLabel.textProperty().bind(vm.detail());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AppraisalRow item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty ? "" : vm.detailOf(item);
                setTooltip(text.isEmpty() ? null : wrapping(text));
            }
        });
        countAxis.setTickLabelFormatter(ViewSupport.converter(
                n -> n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : ""));
        offer(vm.printOffered(), printButton);
        printButton.disableProperty().bind(vm.busyProperty().or(vm.branchProperty().isNull()));
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "appraisal.export.chooserTitle",
                "appraisal.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /** Why rows cannot be confirmed or returned: some are not proposed (their statuses named), else "". */
    private String notProposed(java.util.List<AppraisalRow> rows) {
        String others = messages.labels(rows.stream().map(AppraisalRow::status)
                .filter(s -> !s.canMoveTo(AppraisalStatus.CONFIRMED)));
        return others.isEmpty() ? "" : messages.text("appraisal.why.notProposed", others);
    }

    private static Tooltip wrapping(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    /**
     * The side fills its height where the rules and the chart fit in it, and scrolls, its bar shown, where they do
     * not. Filling, the pane measures its content's least height without its width, the rules on a few long lines:
     * at 1,280 px in English the chart's labels and legend were below its bottom with no scroll bar to say so.
     */
    private void fitSide() {
        Bounds viewport = sidePane.getViewportBounds();
        if (viewport.getWidth() > 0 && sidePane.getContent() instanceof Region content) {
            sidePane.setFitToHeight(content.minHeight(viewport.getWidth()) <= viewport.getHeight());
        }
    }

    /** Two series over the grades in use: proposed and confirmed counts. */
    private void drawChart() {
        XYChart.Series<Number, String> proposed = new XYChart.Series<>();
        proposed.setName(messages.text("appraisal.chart.proposed"));
        XYChart.Series<Number, String> confirmed = new XYChart.Series<>();
        confirmed.setName(messages.text("appraisal.chart.confirmed"));
        // the first grade (优秀) at the top, as the rules list them: a vertical axis puts its first category at the
        // bottom, and takes its categories from the data in their order
        java.util.List<AppraisalBoardViewModel.GradeCount> bottomUp = new java.util.ArrayList<>(vm.distribution());
        java.util.Collections.reverse(bottomUp);
        for (AppraisalBoardViewModel.GradeCount c : bottomUp) {
            String grade = messages.label(c.grade());
            proposed.getData().add(new XYChart.Data<>(c.proposed(), grade));
            confirmed.getData().add(new XYChart.Data<>(c.confirmed(), grade));
        }
        gradeAxis.getCategories().setAll(bottomUp.stream().map(c -> messages.label(c.grade())).toList());
        chart.getData().setAll(java.util.List.of(proposed, confirmed));
    }

    private ListCell<AppraisalStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AppraisalStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("appraisal.status.all") : messages.label(item));
            }
        };
    }

    @FXML
    private void start() {
        vm.start();
    }

    @FXML
    private void propose() {
        vm.propose();
    }

    @FXML
    private void edit() {
        AppraisalRow r = vm.selectedProperty().get();
        vm.openEditForm(form -> Dialogs.form(table.getScene().getWindow(), messages,
                messages.text("appraisal.form.title", r.member().name()), new AppraisalFormView(form, messages).build(),
                form::save, form.busyProperty()));
    }

    @FXML
    private void confirm() {
        if (vm.readyToConfirm() && Dialogs.confirm(table.getScene().getWindow(), messages,
                messages.text("appraisal.confirm.ask", vm.selection().size()))) {
            vm.confirmSelection();
        }
    }

    @FXML
    private void returnProposal() {
        AppraisalRow r = vm.selectedProperty().get();
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("appraisal.return.title"),
                messages.text("appraisal.return.prompt", r.member().name()), r.returnComment(), true)
                .ifPresent(vm::returnSelected);
    }

    @FXML
    private void reason() {
        AppraisalRow r = vm.selectedProperty().get();
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("appraisal.reason.title"),
                messages.text("appraisal.reason.prompt", r.member().name()), r.gradeReason(), false)
                .ifPresent(vm::setReason);
    }

    /** Asks the administrator for the new grade and the reason. */
    @FXML
    private void override() {
        AppraisalRow r = vm.selectedProperty().get();
        ComboBox<Grade> gradeBox = new ComboBox<>();
        gradeBox.getItems().setAll(vm.gradesInUse());
        gradeBox.setConverter(ViewSupport.converter(messages::label));
        gradeBox.setValue(r.grade());
        gradeBox.setId("overrideGradeBox");
        TextArea reasonArea = new TextArea();
        reasonArea.setPrefRowCount(3);
        reasonArea.setWrapText(true);
        reasonArea.setId("overrideReasonArea");
        Label gradeLabel = new Label(messages.text("field.appraisal.grade"));
        gradeLabel.setLabelFor(gradeBox);
        Label reasonLabel = new Label(messages.text("field.appraisal.gradeReason"));
        reasonLabel.setLabelFor(reasonArea);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(messages.text("appraisal.override.title"));
        dialog.setHeaderText(messages.text("appraisal.override.header", r.member().name(), messages.label(r.grade())));
        dialog.getDialogPane().setContent(new VBox(6, gradeLabel, gradeBox, reasonLabel, reasonArea));
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(messages));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(b -> b == ok).isPresent()) {
            vm.changeConfirmedGrade(gradeBox.getValue(), reasonArea.getText());
        }
    }

    @FXML
    private void printResultTable() {
        ExportControls.chooseFile(table.getScene().getWindow(), messages,
                messages.text("appraisal.print.chooserTitle"), vm.resultTableFileName())
                .ifPresent(vm::printResultTable);
    }
}
