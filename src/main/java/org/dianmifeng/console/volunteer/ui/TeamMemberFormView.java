package org.dianmifeng.console.volunteer.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.TeamMemberRole;

/** The form that adds a member to a team. */
public final class TeamMemberFormView {
    private final TeamMemberFormViewModel vm;
    private final Messages messages;
    @FXML private Label teamLabel;
    @FXML private VBox personBox;
    @FXML private DatePicker joinedOnPicker;
    @FXML private ComboBox<TeamMemberRole> roleBox;
    @FXML private Label personError;
    @FXML private Label joinedOnError;
    @FXML private Label roleError;
    @FXML private Label statusLabel;

    public TeamMemberFormView(TeamMemberFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        teamLabel.setText(vm.team().name());
        personBox.getChildren().add(0, new PersonPickerView(vm.person(), messages, false).build());
        joinedOnPicker.valueProperty().bindBidirectional(vm.joinedOnProperty());
        ViewSupport.enumChoices(roleBox, TeamMemberRole.class, messages);
        roleBox.valueProperty().bindBidirectional(vm.roleProperty());
        new FormFields(vm.errors())
                .add("teamMember.person", personBox, personError)
                .add("teamMember.joinedOn", joinedOnPicker, joinedOnError)
                .add("teamMember.role", roleBox, roleError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
