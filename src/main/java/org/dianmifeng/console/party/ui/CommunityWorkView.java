package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.party.PointsRow;
import org.dianmifeng.console.party.RankingScope;
import org.dianmifeng.console.party.TimelineEntry;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.TreeBranches;
import org.dianmifeng.console.ui.Views;

/**
 * The community-work screen (社区服务与积分): on the first tab the community tree, with its filter and its export, and
 * the selected member's timeline with the record commands, on the second the points ranking.
 */
public final class CommunityWorkView {
    private final CommunityWorkViewModel vm;
    private final PointsRankingViewModel ranking;
    private final Messages messages;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private TextField filterField;
    @FXML private TreeView<Object> tree;
    @FXML private Button treeExportButton;
    @FXML private ProgressBar treeExportProgress;
    @FXML private Button cancelTreeExportButton;
    @FXML private Label memberTitle;
    @FXML private GridPane headerGrid;
    @FXML private Button serviceButton;
    @FXML private Button feedbackButton;
    @FXML private Button pointsButton;
    @FXML private Button editCardButton;
    @FXML private Button deleteButton;
    @FXML private ListView<TimelineEntry> timelineList;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private ComboBox<RankingScope> scopeBox;
    @FXML private ComboBox<OrgRef> groupBox;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label ruleLabel;
    @FXML private TableView<PointsRow> rankingTable;
    @FXML private Label statusLabel;
    @FXML private Label rankingStatus;

    public CommunityWorkView(CommunityWorkViewModel vm, PointsRankingViewModel ranking, Messages messages) {
        this.vm = vm;
        this.ranking = ranking;
        this.messages = messages;
    }

    public Parent build() {
        Parent root = Views.screen(this, messages, vm::load);
        // the ranking sums a year of service of every member: styled and read when its tab is first shown, not before
        // the tree
        ViewSupport.contentWhenShown(tabs.getTabs().get(1), ranking::load);
        return root;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        tree.rootProperty().bind(vm.rootProperty());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.nodeText(item));
            }
        });
        TreeBranches.bindSelection(tree, vm.selectedProperty());
        ExportControls.wire(treeExportButton, treeExportProgress, cancelTreeExportButton, messages,
                "work.tree.export.chooserTitle", "work.tree.export.fileName", vm);
        vm.memberProperty().addListener((o, a, b) -> showHeader());
        showHeader();

        timelineList.setItems(vm.timeline());
        timelineList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.entryText(item));
            }
        });
        timelineList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedEntryProperty().set(b));

        ViewSupport.show(vm.canRecord(), serviceButton, pointsButton, deleteButton);
        PartyViews.offer(vm.cardsOffered(), feedbackButton, editCardButton);
        serviceButton.disableProperty().bind(vm.canAdd().not());
        feedbackButton.disableProperty().bind(vm.canAdd().not());
        pointsButton.disableProperty().bind(vm.canAdd().not());
        editCardButton.disableProperty().bind(vm.canEditCard().not());
        deleteButton.disableProperty().bind(vm.canDelete().not());
        for (Button b : java.util.List.of(serviceButton, feedbackButton, pointsButton)) {
            ViewSupport.whyDisabled(b, () -> vm.memberProperty().get() == null ? messages.text("work.why.noMember") : "",
                    vm.memberProperty());
        }
        ViewSupport.whyDisabled(editCardButton, vm.whyNotChanged(true));
        ViewSupport.whyDisabled(deleteButton, vm.whyNotChanged(false));

        yearBox.getItems().setAll(ranking.years());
        yearBox.valueProperty().bindBidirectional(ranking.yearProperty());
        ViewSupport.enumChoices(scopeBox, RankingScope.class, messages);
        scopeBox.valueProperty().bindBidirectional(ranking.scopeProperty());
        groupBox.setItems(ranking.groups());
        groupBox.setConverter(ViewSupport.converter(OrgRef::name));
        ViewSupport.fitChosen(groupBox, groupBox.getConverter()::toString);
        groupBox.valueProperty().bindBidirectional(ranking.groupProperty());
        ruleLabel.textProperty().bind(ranking.ruleProperty());
        TableColumns.fill(rankingTable, ranking.columnHeaders(), ranking::cells);
        TableColumns.bind(rankingTable, ranking.rows());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "work.ranking.export.chooserTitle",
                "work.ranking.export.fileName", ranking);

        ViewSupport.bindStatus(statusLabel, vm);
        ViewSupport.bindStatus(rankingStatus, ranking);
    }

    private void showHeader() {
        headerGrid.getChildren().clear();
        var member = vm.memberProperty().get();
        memberTitle.setText(member == null ? messages.text("work.member.none") : member.member().name());
        int row = 0;
        for (String[] pair : vm.header()) {
            Label caption = new Label(pair[0]);
            caption.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(pair[1]);
            value.setWrapText(true);
            headerGrid.add(caption, 0, row);
            headerGrid.add(value, 1, row);
            row++;
        }
    }

    @FXML
    private void addService() {
        ServiceFormViewModel form = vm.serviceForm();
        Dialogs.form(tree.getScene().getWindow(), messages,
                messages.text("work.service.title", form.member().member().name()),
                new ServiceFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void addFeedback() {
        FeedbackFormViewModel form = vm.feedbackForm();
        Dialogs.form(tree.getScene().getWindow(), messages,
                messages.text("work.feedback.title", form.member().member().name()),
                new FeedbackFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void editCard() {
        FeedbackFormViewModel form = vm.editFeedbackForm();
        Dialogs.form(tree.getScene().getWindow(), messages,
                messages.text("work.feedback.editTitle", form.member().member().name()),
                new FeedbackFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void addPoints() {
        PointsFormViewModel form = vm.pointsForm();
        Dialogs.form(tree.getScene().getWindow(), messages,
                messages.text("work.points.title", form.member().member().name()),
                new PointsFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void deleteRecord() {
        TimelineEntry entry = vm.selectedEntryProperty().get();
        if (Dialogs.confirm(tree.getScene().getWindow(), messages,
                messages.text("work.timeline.delete.confirm", vm.entryText(entry)))) {
            vm.deleteSelected();
        }
    }
}
