package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.AppraisalBranch;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The evaluation form of one appraisal; the parts the user may not edit are shown read-only. */
public final class AppraisalFormView {
    private final AppraisalFormViewModel vm;
    private final Messages messages;
    @FXML private Label memberLabel;
    @FXML private Label selfReviewLabel;
    @FXML private TextArea selfReviewArea;
    @FXML private Label unitScoreLabel;
    @FXML private TextField unitScoreField;
    @FXML private Label unitCommentLabel;
    @FXML private TextArea unitCommentArea;
    @FXML private Label noCommunityLabel;
    @FXML private Label communityBranchLabel;
    @FXML private ComboBox<AppraisalBranch> communityBranchBox;
    @FXML private Label communityScoreLabel;
    @FXML private TextField communityScoreField;
    @FXML private Label communityCommentLabel;
    @FXML private TextArea communityCommentArea;
    @FXML private Label selfReviewError;
    @FXML private Label unitScoreError;
    @FXML private Label unitCommentError;
    @FXML private Label communityBranchError;
    @FXML private Label communityScoreError;
    @FXML private Label communityCommentError;
    @FXML private Label statusLabel;

    public AppraisalFormView(AppraisalFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        memberLabel.setText(vm.memberLabel());
        selfReviewArea.textProperty().bindBidirectional(vm.selfReviewProperty());
        unitScoreField.textProperty().bindBidirectional(vm.unitScoreProperty());
        unitCommentArea.textProperty().bindBidirectional(vm.unitCommentProperty());
        communityBranchBox.getItems().setAll(vm.communityBranches());
        communityBranchBox.setConverter(ViewSupport.converter(AppraisalBranch::name));
        communityBranchBox.valueProperty().bindBidirectional(vm.communityBranchProperty());
        communityScoreField.textProperty().bindBidirectional(vm.communityScoreProperty());
        communityCommentArea.textProperty().bindBidirectional(vm.communityCommentProperty());

        selfReviewLabel.setLabelFor(selfReviewArea);
        unitScoreLabel.setLabelFor(unitScoreField);
        unitCommentLabel.setLabelFor(unitCommentArea);
        communityBranchLabel.setLabelFor(communityBranchBox);
        communityScoreLabel.setLabelFor(communityScoreField);
        communityCommentLabel.setLabelFor(communityCommentArea);

        boolean unit = vm.unitSide();
        selfReviewArea.setEditable(unit);
        unitScoreField.setEditable(unit);
        unitCommentArea.setEditable(unit);
        boolean community = vm.communitySide();
        ViewSupport.show(!community, noCommunityLabel);
        communityBranchBox.setDisable(!community);
        communityScoreField.setEditable(community);
        communityCommentArea.setEditable(community);

        new FormFields(vm.errors())
                .add("appraisal.selfReview", selfReviewArea, selfReviewError)
                .add("appraisal.unitScore", unitScoreField, unitScoreError)
                .add("appraisal.unitComment", unitCommentArea, unitCommentError)
                .add("appraisal.communityBranch", communityBranchBox, communityBranchError)
                .add("appraisal.communityScore", communityScoreField, communityScoreError)
                .add("appraisal.communityComment", communityCommentArea, communityCommentError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
