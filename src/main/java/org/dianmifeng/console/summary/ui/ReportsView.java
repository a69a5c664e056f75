package org.dianmifeng.console.summary.ui;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.summary.ui.ReportsViewModel.FolderOpener;
import org.dianmifeng.console.summary.ui.ReportsViewModel.Kind;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports page (报表): report, year or years, unit, and 生成. As on the list screens, 生成 asks where to save
 * first (dismissed: nothing is written), then the report is written there with a progress bar and a cancel
 * button, and the page offers to open the folder. When the page leaves the window (another page is chosen) a
 * running report is cancelled.
 * Where to save and how to open a folder are seams ({@link #setSaveChooser}, {@link #setFolderOpener}) so that
 * a test can drive the page without a native dialog.
 */
public final class ReportsView {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsView.class);
    private final ReportsViewModel vm;
    private final Messages messages;
    private Function<String, Optional<Path>> saveChooser;
    /** Set by {@link #setFolderOpener}; else the desktop's, looked up when first needed (it starts AWT). */
    private FolderOpener folderOpener;
    private boolean openerSet;
    @FXML private Label kindLabel;
    @FXML private ComboBox<Kind> kindBox;
    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label fromYearLabel;
    @FXML private HBox rangeBox;
    @FXML private ComboBox<Integer> fromYearBox;
    @FXML private Label toYearLabel;
    @FXML private ComboBox<Integer> toYearBox;
    @FXML private Label unitLabel;
    @FXML private ComboBox<Choice<Unit>> unitBox;
    @FXML private Label hintLabel;
    @FXML private Button generateButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;

    public ReportsView(ReportsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.saveChooser = fileName -> ExportControls.chooseFile(window(), messages,
                messages.text("reports.chooserTitle"), fileName);
    }

    /** Where to save a report: given the file name offered, the path chosen, or empty when dismissed. */
    public ReportsView setSaveChooser(Function<String, Optional<Path>> chooser) {
        this.saveChooser = chooser;
        return this;
    }

    /** How to show the folder of a saved report; null: the page does not offer it. */
    public ReportsView setFolderOpener(FolderOpener opener) {
        this.folderOpener = opener;
        this.openerSet = true;
        return this;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        // leaving the window (MainWindow shows another page): stop the report, throw away what waits
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null && now == null) {
                vm.close();
            }
        });
        vm.load();
        return root;
    }

    /** The window the page is in, or null when it is in none (never asked of a detached page's scene). */
    private Window window() {
        Scene scene = generateButton.getScene();
        return scene == null ? null : scene.getWindow();
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(vm.kinds());
        kindBox.setConverter(ViewSupport.converter(this::kindName));
        kindBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : kindName(item));
            }
        });
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        kindLabel.setLabelFor(kindBox);
        for (ComboBox<Integer> box : java.util.List.of(yearBox, fromYearBox, toYearBox)) {
            box.setItems(vm.years());
        }
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        fromYearBox.valueProperty().bindBidirectional(vm.fromYearProperty());
        toYearBox.valueProperty().bindBidirectional(vm.toYearProperty());
        yearLabel.setLabelFor(yearBox);
        fromYearLabel.setLabelFor(fromYearBox);
        toYearLabel.setLabelFor(toYearBox);
        unitBox.setItems(vm.unitChoices());
        unitBox.setConverter(ViewSupport.converter(Choice::label));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        unitLabel.setLabelFor(unitBox);

        vm.kindProperty().addListener((o, a, b) -> showYears());
        showYears();
        generateButton.disableProperty().bind(vm.busyProperty());
        ExportControls.bind(progress, cancelButton, vm.jobProperty());
        ViewSupport.bindStatus(statusLabel, vm);
        hintLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.kindProperty().get() == null ? ""
                : messages.text("reports.hint." + vm.kindProperty().get().name()), vm.kindProperty()));
    }

    private String kindName(Kind k) {
        return messages.text("reports.kind." + k.name());
    }

    /** The honour roll covers a range of years, the annual summary one year. */
    private void showYears() {
        boolean range = vm.kindProperty().get() != Kind.ANNUAL_SUMMARY;
        ViewSupport.show(range, fromYearLabel, rangeBox);
        ViewSupport.show(!range, yearLabel, yearBox);
    }

    /** Checks the choices, asks where to save (dismissed: nothing happens), then writes the report there. */
    @FXML
    private void generate() {
        if (vm.closed() || window() == null || vm.check() != null) {
            return;
        }
        saveChooser.apply(vm.fileName()).ifPresent(out -> vm.generate(out, this::offerFolder));
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    private void offerFolder(Path saved) {
        Window owner = window();
        if (owner == null) {
            return;
        }
        if (!openerSet) {
            folderOpener = desktopOpener();
            openerSet = true;
        }
        if (folderOpener == null) {
            return;
        }
        ButtonType open = new ButtonType(messages.text("reports.openFolder"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.text("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.text("reports.savedAsk", saved.toString()), open,
                close);
        alert.setTitle(messages.text("nav.reports"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("reportSavedDialog");
        alert.getDialogPane().lookupButton(open).setId("openFolderButton");
        if (alert.showAndWait().filter(b -> b == open).isPresent()) {
            vm.openFolder(saved.getParent(), folderOpener);
        }
    }

    /** Opens a folder with the desktop's file manager; null where there is none (e.g. headless). */
    static FolderOpener desktopOpener() {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return folder -> Desktop.getDesktop().open(folder.toFile());
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("No desktop to open folders with: {}", e.toString());
        }
        return null;
    }
}
