package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The form of a branch: the unit chooser shows for a work-unit branch, the community chooser for a community branch. */
public final class BranchFormView {
    private final BranchFormViewModel vm;
    private final Messages messages;
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private ComboBox<BranchKind> kindBox;
    @FXML private Label unitCaption;
    @FXML private VBox unitRow;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private Label communityCaption;
    @FXML private VBox communityRow;
    @FXML private ComboBox<CommunityRow> communityBox;
    @FXML private TextField secretaryNameField;
    @FXML private ComboBox<Account> accountBox;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label kindError;
    @FXML private Label unitError;
    @FXML private Label communityError;
    @FXML private Label secretaryNameError;
    @FXML private Label accountError;
    @FXML private Label statusLabel;

    public BranchFormView(BranchFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        ViewSupport.enumChoices(kindBox, BranchKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        unitBox.getItems().setAll(vm.units());
        unitBox.setConverter(ViewSupport.converter(Unit::name));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        communityBox.getItems().setAll(vm.communities());
        communityBox.setConverter(ViewSupport.converter(c -> c.community().street() + " · " + c.name()));
        communityBox.valueProperty().bindBidirectional(vm.communityProperty());
        showKind(vm.kindProperty().get());
        vm.kindProperty().addListener((o, a, b) -> showKind(b));
        secretaryNameField.textProperty().bindBidirectional(vm.secretaryNameProperty());
        accountBox.getItems().add(null);
        accountBox.getItems().addAll(vm.accounts());
        accountBox.setConverter(ViewSupport.converter(this::accountText));
        accountBox.setButtonCell(accountCell());
        accountBox.setCellFactory(l -> accountCell());
        accountBox.valueProperty().bindBidirectional(vm.secretaryAccountProperty());
        new FormFields(vm.errors())
                .add("branch.code", codeField, codeError)
                .add("branch.name", nameField, nameError)
                .add("branch.kind", kindBox, kindError)
                .add("branch.unit", unitBox, unitError)
                .add("branch.community", communityBox, communityError)
                .add("branch.secretaryName", secretaryNameField, secretaryNameError)
                .add("branch.secretaryAccount", accountBox, accountError);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    private void showKind(BranchKind kind) {
        ViewSupport.show(kind != BranchKind.COMMUNITY, unitCaption, unitRow);
        ViewSupport.show(kind == BranchKind.COMMUNITY, communityCaption, communityRow);
    }

    private String accountText(Account a) {
        return a == null ? messages.text("org.branch.noAccount") : a.shown(messages);
    }

    private ListCell<Account> accountCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Account item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : accountText(item));
            }
        };
    }
}
