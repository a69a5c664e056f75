package org.dianmifeng.console.aidcase.ui;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dianmifeng.console.aidcase.CasePhoto;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.FollowUpState;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.PhotoKind;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.DateFields;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.volunteer.ui.PersonPickerView;

/**
 * The work on one case as tabs, for the lead to embed in the case screen: 走访 (visits), 结对 (pairings),
 * 改造 (renovation items with the budget line, and for case officers the photos), 跟进 (follow-ups, overdue
 * rows styled {@code overdue}, due this week {@code due-this-week}). Forms show only with CASE_EDIT.
 */
public final class CaseWorkView {
    /** The style classes of the follow-up rows that stand out. */
    public static final String OVERDUE = "overdue";
    public static final String DUE_THIS_WEEK = "due-this-week";
    private final CaseWorkViewModel vm;
    private final Messages messages;
    @FXML private Label titleLabel;
    @FXML private TabPane tabs;
    @FXML private TableView<org.dianmifeng.console.aidcase.SiteVisit> visitTable;
    @FXML private GridPane visitForm;
    @FXML private DatePicker visitedOnPicker;
    @FXML private ListView<PersonRef> visitorList;
    @FXML private VBox visitorPickerBox;
    @FXML private Button addVisitorButton;
    @FXML private Button removeVisitorButton;
    @FXML private TextField officialsField;
    @FXML private TextArea findingsArea;
    @FXML private TextField needsField;
    @FXML private Button saveVisitButton;
    @FXML private Button deleteVisitButton;
    @FXML private TableView<org.dianmifeng.console.aidcase.Pairing> pairingTable;
    @FXML private GridPane pairingForm;
    @FXML private VBox pairingPickerBox;
    @FXML private DatePicker pairingFromPicker;
    @FXML private DatePicker pairingToPicker;
    @FXML private DatePicker pairingEndPicker;
    @FXML private Button addPairingButton;
    @FXML private Button endPairingButton;
    @FXML private Button deletePairingButton;
    @FXML private Label itemsLockedLabel;
    @FXML private TableView<org.dianmifeng.console.aidcase.RenovationItem> itemTable;
    @FXML private Label budgetLabel;
    @FXML private GridPane itemForm;
    @FXML private ComboBox<RenovationCategory> categoryBox;
    @FXML private TextField descriptionField;
    @FXML private TextField quantityField;
    @FXML private TextField unitPriceField;
    @FXML private TextField actualCostField;
    @FXML private TextField supplierField;
    @FXML private ComboBox<ItemStatus> itemStatusBox;
    @FXML private Button saveItemButton;
    @FXML private Button deleteItemButton;
    @FXML private VBox photoSection;
    @FXML private ComboBox<PhotoKind> photoKindBox;
    @FXML private DatePicker photoTakenOnPicker;
    @FXML private TextField photoCaptionField;
    @FXML private Button addPhotoButton;
    @FXML private Button showPhotosButton;
    @FXML private FlowPane thumbnails;
    @FXML private Label followUpsLockedLabel;
    @FXML private TableView<FollowUp> followUpTable;
    @FXML private GridPane followUpForm;
    @FXML private TextField activityField;
    @FXML private DatePicker dueOnPicker;
    @FXML private TextField participantsField;
    @FXML private TextField notesField;
    @FXML private DatePicker doneOnPicker;
    @FXML private Button saveFollowUpButton;
    @FXML private Button markDoneButton;
    @FXML private Button cancelFollowUpButton;
    @FXML private Label statusLabel;

    public CaseWorkView(CaseWorkViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(vm.titleProperty());
        ViewSupport.bindStatus(statusLabel, vm);
        // a refusal belongs to the tab it came from: the visit's "Findings: Required" is not the pairing's
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.clearStatus());
        var busy = vm.busyProperty();

        // site visits
        TableColumns.fill(visitTable, vm.visitHeaders(), vm::visitCells);
        visitTable.setItems(vm.visits());
        TableColumns.bindSelection(visitTable, vm.selectedVisitProperty());
        visitedOnPicker.valueProperty().bindBidirectional(vm.visitedOnProperty());
        visitorList.setItems(vm.visitors());
        visitorList.setCellFactory(TextFieldListCell.forListView(ViewSupport.converter(p -> p.label(messages))));
        visitorPickerBox.getChildren().add(new PersonPickerView(vm.visitorPicker(), messages, false).build());
        officialsField.textProperty().bindBidirectional(vm.officialsProperty());
        findingsArea.textProperty().bindBidirectional(vm.findingsProperty());
        needsField.textProperty().bindBidirectional(vm.needsProperty());
        addVisitorButton.disableProperty().bind(vm.visitorPicker().chosenProperty().isNull());
        removeVisitorButton.disableProperty().bind(visitorList.getSelectionModel().selectedItemProperty().isNull());
        saveVisitButton.disableProperty().bind(busy);
        deleteVisitButton.disableProperty().bind(vm.editingVisitProperty().isNull().or(busy));

        // pairings
        TableColumns.fill(pairingTable, vm.pairingHeaders(), vm::pairingCells);
        pairingTable.setItems(vm.pairings());
        TableColumns.bindSelection(pairingTable, vm.selectedPairingProperty());
        pairingPickerBox.getChildren().add(new PersonPickerView(vm.pairingPicker(), messages, false).build());
        pairingFromPicker.valueProperty().bindBidirectional(vm.pairingFromProperty());
        pairingToPicker.valueProperty().bindBidirectional(vm.pairingToProperty());
        pairingEndPicker.valueProperty().bindBidirectional(vm.pairingEndProperty());
        addPairingButton.disableProperty().bind(vm.pairingPicker().chosenProperty().isNull().or(busy));
        endPairingButton.disableProperty().bind(vm.selectedPairingProperty().isNull().or(busy));
        deletePairingButton.disableProperty().bind(vm.selectedPairingProperty().isNull().or(busy));

        // renovation
        TableColumns.fill(itemTable, vm.itemHeaders(), vm::itemCells);
        itemTable.setItems(vm.items());
        TableColumns.bindSelection(itemTable, vm.selectedItemProperty());
        budgetLabel.textProperty().bind(vm.budgetProperty());
        vm.overBudgetProperty().addListener((o, a, b) -> {
            budgetLabel.getStyleClass().remove("danger");
            if (b) {
                budgetLabel.getStyleClass().add("danger");
            }
        });
        itemsLockedLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null ? ""
                : messages.text("casework.itemsLocked", vm.statusProperty().get()), vm.statusProperty()));
        itemsLockedLabel.visibleProperty().bind(vm.itemsOpenProperty().not().and(vm.statusProperty().isNotNull()));
        itemsLockedLabel.managedProperty().bind(itemsLockedLabel.visibleProperty());
        ViewSupport.enumChoices(categoryBox, RenovationCategory.class, messages);
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        descriptionField.textProperty().bindBidirectional(vm.descriptionProperty());
        quantityField.textProperty().bindBidirectional(vm.quantityProperty());
        unitPriceField.textProperty().bindBidirectional(vm.unitPriceProperty());
        actualCostField.textProperty().bindBidirectional(vm.actualCostProperty());
        supplierField.textProperty().bindBidirectional(vm.supplierProperty());
        ViewSupport.enumChoices(itemStatusBox, ItemStatus.class, messages);
        itemStatusBox.valueProperty().bindBidirectional(vm.itemStatusProperty());
        itemForm.disableProperty().bind(vm.itemsOpenProperty().not());
        saveItemButton.disableProperty().bind(busy);
        deleteItemButton.disableProperty().bind(vm.editingItemProperty().isNull().or(busy));

        // photos
        ViewSupport.show(vm.canSeePhotos(), photoSection);
        ViewSupport.enumChoices(photoKindBox, PhotoKind.class, messages);
        photoKindBox.valueProperty().bindBidirectional(vm.photoKindProperty());
        photoTakenOnPicker.valueProperty().bindBidirectional(vm.photoTakenOnProperty());
        photoCaptionField.textProperty().bindBidirectional(vm.photoCaptionProperty());
        ViewSupport.show(vm.canSeePhotos() && vm.canEdit(), photoKindBox, photoTakenOnPicker, photoCaptionField,
                addPhotoButton);
        vm.photos().addListener((ListChangeListener<CasePhoto>) c -> showThumbnails());
        showPhotosButton.disableProperty().bind(busy);
        addPhotoButton.disableProperty().bind(busy);

        // follow-ups
        TableColumns.fill(followUpTable, vm.followUpHeaders(), vm::followUpCells);
        followUpTable.setItems(vm.followUps());
        TableColumns.bindSelection(followUpTable, vm.selectedFollowUpProperty());
        followUpTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUp item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(OVERDUE, DUE_THIS_WEEK);
                if (!empty && item != null) {
                    FollowUpState state = vm.state(item);
                    if (state == FollowUpState.OVERDUE) {
                        getStyleClass().add(OVERDUE);
                    } else if (state == FollowUpState.DUE_THIS_WEEK) {
                        getStyleClass().add(DUE_THIS_WEEK);
                    }
                }
            }
        });
        activityField.textProperty().bindBidirectional(vm.activityProperty());
        dueOnPicker.valueProperty().bindBidirectional(vm.dueOnProperty());
        participantsField.textProperty().bindBidirectional(vm.participantsProperty());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        doneOnPicker.valueProperty().bindBidirectional(vm.doneOnProperty());
        saveFollowUpButton.disableProperty().bind(busy);
        markDoneButton.disableProperty().bind(vm.canCloseFollowUp().not());
        cancelFollowUpButton.disableProperty().bind(vm.canCloseFollowUp().not());
        followUpForm.disableProperty().bind(vm.canChangeFollowUps().not());
        followUpsLockedLabel.textProperty().bind(vm.followUpsLockedProperty());
        followUpsLockedLabel.visibleProperty().bind(vm.followUpsLockedProperty().isNotNull());
        followUpsLockedLabel.managedProperty().bind(followUpsLockedLabel.visibleProperty());

        ViewSupport.show(vm.canEdit(), visitForm, pairingForm, itemForm, followUpForm);
    }

    private void showThumbnails() {
        thumbnails.getChildren().clear();
        if (vm.photos().isEmpty()) {
            thumbnails.getChildren().add(new Label(messages.text("casework.photos.none")));
        }
        for (CasePhoto p : vm.photos()) {
            ImageView image = new ImageView(new Image(new ByteArrayInputStream(p.bytes()), 200, 150, true, true));
            Label caption = new Label(vm.photoCaption(p));
            VBox box = new VBox(4, image, caption);
            box.getStyleClass().add("photo-thumbnail");
            thumbnails.getChildren().add(box);
        }
    }

    @FXML
    private void newVisit() {
        vm.newVisit();
    }

    @FXML
    private void saveVisit() {
        if (!DateFields.refuseUnreadable(visitedOnPicker)) {
            vm.saveVisit();
        }
    }

    @FXML
    private void deleteVisit() {
        if (Dialogs.confirm(tabs.getScene().getWindow(), messages, messages.text("casework.delete.confirm",
                vm.editingVisitProperty().get().visitedOn()))) {
            vm.deleteVisit();
        }
    }

    @FXML
    private void addVisitor() {
        vm.addVisitor();
    }

    @FXML
    private void removeVisitor() {
        vm.removeVisitor(visitorList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addPairing() {
        if (!DateFields.refuseUnreadable(pairingFromPicker, pairingToPicker)) {
            vm.addPairing();
        }
    }

    @FXML
    private void endPairing() {
        if (!DateFields.refuseUnreadable(pairingEndPicker)) {
            vm.endPairing();
        }
    }

    @FXML
    private void deletePairing() {
        if (Dialogs.confirm(tabs.getScene().getWindow(), messages, messages.text("casework.delete.confirm",
                vm.selectedPairingProperty().get().person().name()))) {
            vm.deletePairing();
        }
    }

    @FXML
    private void newItem() {
        vm.newItem();
    }

    @FXML
    private void saveItem() {
        vm.saveItem();
    }

    @FXML
    private void deleteItem() {
        if (Dialogs.confirm(tabs.getScene().getWindow(), messages, messages.text("casework.delete.confirm",
                vm.editingItemProperty().get().description()))) {
            vm.deleteItem();
        }
    }

    @FXML
    private void showPhotos() {
        Dialogs.askText(tabs.getScene().getWindow(), messages, messages.text("casework.photos.reasonTitle"),
                messages.text("casework.photos.reasonPrompt"), null, true).ifPresent(vm::showPhotos);
    }

    @FXML
    private void addPhoto() {
        if (DateFields.refuseUnreadable(photoTakenOnPicker)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("casework.photos.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("casework.photos.images"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(tabs.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            vm.addPhoto(file.getName(), Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            Dialogs.error(tabs.getScene().getWindow(), messages, messages.text("error.casework.photoRead", file.getName()));
        }
    }

    @FXML
    private void newFollowUp() {
        vm.newFollowUp();
    }

    @FXML
    private void saveFollowUp() {
        if (!DateFields.refuseUnreadable(dueOnPicker)) {
            vm.saveFollowUp();
        }
    }

    @FXML
    private void markDone() {
        if (!DateFields.refuseUnreadable(doneOnPicker)) {
            vm.markDone();
        }
    }

    @FXML
    private void cancelFollowUp() {
        FollowUp f = vm.editingFollowUpProperty().get();
        Dialogs.askText(tabs.getScene().getWindow(), messages, messages.text("casework.followUp.cancelTitle"),
                messages.text("casework.followUp.cancelPrompt", f.activity()), null, true).ifPresent(vm::cancelFollowUp);
    }
}
