package org.dianmifeng.console.star.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.GridPane;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.ui.DateFields;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The star levels screen (星级评定): filters, notice list and export above; the commands of STAR_GRANT; the list. */
public final class StarListView {
    private final StarListViewModel vm;
    private final Messages messages;
    @FXML private ComboBox<StarState> stateBox;
    @FXML private TextField textField;
    @FXML private Button historyButton;
    @FXML private Button noticeListButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private ToolBar actionBar;
    @FXML private Button findButton;
    @FXML private Button noticeButton;
    @FXML private Button grantButton;
    @FXML private Button withdrawButton;
    @FXML private Button settingsButton;
    @FXML private Button workdaysButton;
    @FXML private TableView<StarRow> table;
    @FXML private Label statusLabel;

    public StarListView(StarListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        stateBox.getItems().add(null);
        stateBox.getItems().addAll(StarState.values());
        Function<StarState, String> label = s -> s == null ? messages.text("star.filter.allStates") : messages.label(s);
        stateBox.setCellFactory(l -> ViewSupport.cell(label));
        stateBox.setButtonCell(ViewSupport.cell(label));
        stateBox.valueProperty().bindBidirectional(vm.stateFilterProperty());
        ViewSupport.fitChoices(stateBox, label);
        textField.textProperty().bindBidirectional(vm.textFilterProperty());

        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        double[] widths = {80, 110, 150, 220, 60, 110, 100, 100, 80, 190, 100, 160};
        for (int c = 0; c < widths.length && c < table.getColumns().size(); c++) {
            table.getColumns().get(c).setPrefWidth(widths[c]);
            table.getColumns().get(c).setMinWidth(Math.min(widths[c], 60));
        }
        TableColumns.bind(table, vm.rows());
        TableColumns.bindChosen(table, vm.chosen());

        ViewSupport.show(vm.canGrant() || vm.canSetThresholds(), actionBar);
        ViewSupport.show(vm.canGrant(), findButton, noticeButton, grantButton, withdrawButton);
        ViewSupport.show(vm.canSetThresholds(), settingsButton, workdaysButton);
        BooleanBinding notOne = Bindings.size(vm.chosen()).isNotEqualTo(1).or(vm.busyProperty());
        noticeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.allChosenAre(StarState.REACHED), vm.chosen()).or(vm.busyProperty()));
        grantButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.allChosenAre(StarState.NOTICE), vm.chosen()).or(vm.busyProperty()));
        withdrawButton.disableProperty().bind(notOne.or(Bindings.createBooleanBinding(
                () -> !vm.allChosenAre(StarState.REACHED) && !vm.allChosenAre(StarState.NOTICE), vm.chosen())));
        historyButton.disableProperty().bind(notOne);
        // greyed out for the rows chosen, they say why
        ViewSupport.whyDisabled(noticeButton, () -> notAll(StarState.REACHED, "star.why.notice"), vm.chosen());
        ViewSupport.whyDisabled(grantButton, () -> notAll(StarState.NOTICE, "star.why.grant"), vm.chosen());
        ViewSupport.whyDisabled(withdrawButton, () -> vm.chosen().size() > 1 ? messages.text("star.why.oneAtATime")
                : vm.chosen().isEmpty() ? "" : messages.text("star.why.withdraw",
                        messages.label(vm.chosen().get(0).level().state())), vm.chosen());
        findButton.disableProperty().bind(vm.busyProperty());
        noticeListButton.disableProperty().bind(vm.busyProperty());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "star.export.chooserTitle",
                "star.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }


    /** The reason {@code key} naming the states of the rows chosen that are not {@code state}, or "". */
    private String notAll(StarState state, String key) {
        String others = messages.labels(vm.chosen().stream().map(r -> r.level().state()).filter(s -> s != state));
        return others.isEmpty() ? "" : messages.text(key, others);
    }

    @FXML
    private void find() {
        vm.findReached();
    }

    @FXML
    private void history() {
        vm.showHistory();
    }

    @FXML
    private void notice() {
        NoticeFormViewModel form = vm.noticeForm();
        // whose levels: the first three names, and "…" for more
        java.util.List<String> names = vm.chosen().stream().map(StarRow::name).toList();
        String who = String.join("、", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? "…" : "");
        Dialogs.form(table.getScene().getWindow(), messages, messages.text("star.notice.dialogTitle", names.size(), who),
                new NoticeFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void grant() {
        if (Dialogs.confirm(table.getScene().getWindow(), messages,
                messages.text("star.grant.confirm", vm.chosen().size()))) {
            vm.grant();
        }
    }

    @FXML
    private void withdraw() {
        StarRow row = vm.chosen().get(0);
        Dialogs.askText(table.getScene().getWindow(), messages, messages.text("star.withdraw.title"),
                messages.text("star.withdraw.prompt", row.name(), row.level().stars()), "", true)
                .ifPresent(vm::withdraw);
    }

    @FXML
    private void noticeList() {
        ExportControls.chooseFile(table.getScene().getWindow(), messages, messages.text("star.noticeList.chooserTitle"),
                messages.text("star.noticeList.fileName")).ifPresent(vm::writeNoticeList);
    }

    @FXML
    private void workdays() {
        WorkingDaysFormViewModel form = vm.workingDaysForm();
        Dialogs.form(table.getScene().getWindow(), messages, messages.text("star.workdays.title"),
                new WorkingDaysFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void settings() {
        StarThresholdsFormViewModel form = vm.thresholdsForm();
        Dialogs.form(table.getScene().getWindow(), messages, messages.text("star.settings.title"),
                new StarThresholdsFormView(form, messages).build(), form::save, form.busyProperty());
    }
}
