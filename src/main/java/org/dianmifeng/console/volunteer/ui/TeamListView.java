package org.dianmifeng.console.volunteer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamRow;

/** The teams screen: the list of teams above, the members of the selected team below. */
public final class TeamListView {
    private final TeamListViewModel vm;
    private final Messages messages;
    @FXML private TextField filterField;
    @FXML private ComboBox<TeamKind> kindBox;
    @FXML private TableView<TeamRow> teamTable;
    @FXML private TableView<TeamMember> memberTable;
    @FXML private Label membersTitle;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button activeButton;
    @FXML private Button addMemberButton;
    @FXML private Button roleButton;
    @FXML private Button removeMemberButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public TeamListView(TeamListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        kindBox.getItems().add(null);
        kindBox.getItems().addAll(TeamKind.values());
        kindBox.setConverter(ViewSupport.converter(messages::label));
        kindBox.setCellFactory(l -> kindCell());
        kindBox.setButtonCell(kindCell());
        kindBox.valueProperty().bindBidirectional(vm.kindFilterProperty());

        TableColumns.fill(teamTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(teamTable, vm.rows());
        TableColumns.bindSelection(teamTable, vm.selectedProperty());
        teamTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(TeamRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inactive");
                if (!empty && item != null && !item.team().active()) {
                    getStyleClass().add("inactive");
                }
            }
        });

        TableColumns.fill(memberTable, vm.memberColumnHeaders(), vm::memberCells);
        memberTable.setItems(vm.members());
        memberTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedMemberProperty().set(b));
        membersTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? messages.text("team.members.none")
                : messages.text("team.members.of", vm.selectedProperty().get().name()), vm.selectedProperty()));

        ViewSupport.show(vm.canEdit(), addButton, editButton, activeButton, addMemberButton, roleButton, removeMemberButton);
        BooleanExpression noTeam = vm.selectedProperty().isNull().or(vm.busyProperty());
        BooleanExpression noMember = vm.selectedMemberProperty().isNull().or(vm.busyProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(noTeam);
        activeButton.disableProperty().bind(noTeam);
        addMemberButton.disableProperty().bind(noTeam.or(Bindings.createBooleanBinding(() ->
                vm.selectedProperty().get() != null && !vm.selectedProperty().get().team().active(), vm.selectedProperty())));
        ViewSupport.whyDisabled(addMemberButton, () -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().team().active() ? messages.text("team.why.inactive") : "",
                vm.selectedProperty());
        roleButton.disableProperty().bind(noMember);
        removeMemberButton.disableProperty().bind(noMember);
        activeButton.textProperty().bind(Bindings.createStringBinding(() ->
                vm.selectedProperty().get() != null && !vm.selectedProperty().get().team().active()
                        ? messages.text("team.activate") : messages.text("team.deactivate"), vm.selectedProperty()));
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "team.export.chooserTitle",
                "team.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    private ListCell<TeamKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TeamKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("team.kind.all") : messages.label(item));
            }
        };
    }

    @FXML
    private void add() {
        showForm(vm.newTeamForm(), messages.text("team.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editTeamForm(), messages.text("team.edit.title"));
    }

    @FXML
    private void toggleActive() {
        TeamRow row = vm.selectedProperty().get();
        if (!row.team().active()
                || Dialogs.confirm(teamTable.getScene().getWindow(), messages, messages.text("team.deactivate.confirm", row.name()))) {
            vm.toggleActive();
        }
    }

    @FXML
    private void addMember() {
        TeamMemberFormViewModel form = vm.newMemberForm();
        Dialogs.form(teamTable.getScene().getWindow(), messages, messages.text("team.member.add.title"),
                new TeamMemberFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    @SuppressWarnings("unchecked")
    private void changeRole() {
        TeamMember member = vm.selectedMemberProperty().get();
        ChoiceDialog<TeamMemberRole> dialog = new ChoiceDialog<>(member.role(), TeamMemberRole.values());
        dialog.initOwner(teamTable.getScene().getWindow());
        dialog.setTitle(messages.text("team.member.role.title"));
        dialog.setHeaderText(messages.text("team.member.role.header", member.person().name()));
        dialog.setContentText(messages.text("field.teamMember.role"));
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n ->
                ((ComboBox<TeamMemberRole>) n).setConverter(ViewSupport.converter(messages::label)));
        dialog.showAndWait().filter(r -> r != member.role()).ifPresent(vm::changeRole);
    }

    @FXML
    private void removeMember() {
        TeamMember member = vm.selectedMemberProperty().get();
        if (Dialogs.confirm(teamTable.getScene().getWindow(), messages,
                messages.text("team.member.remove.confirm", member.person().name(), vm.selectedProperty().get().name()))) {
            vm.removeMember();
        }
    }

    private void showForm(TeamFormViewModel form, String title) {
        Parent content = new TeamFormView(form, messages).build();
        Dialogs.form(teamTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }
}
