package org.dianmifeng.console.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;

/** The screen side of a list's Excel export: where to save, and a progress bar with a cancel button while it runs. */
public final class ExportControls {
    private ExportControls() {
    }

    /**
     * Wires a list's export: the export button, disabled while the view-model is busy, asks where to save
     * (chooser title and file name from the bundle keys) and starts the export; the progress bar and the
     * cancel button show while it runs, and the cancel button stops it.
     */
    public static void wire(Button export, ProgressBar progress, Button cancel, Messages messages,
                            String chooserTitleKey, String fileNameKey, Exportable vm) {
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> chooseFile(export.getScene().getWindow(), messages, messages.text(chooserTitleKey),
                messages.text(fileNameKey)).ifPresent(vm::export));
        cancel.setOnAction(e -> vm.cancelExport());
        bind(progress, cancel, vm.exportJobProperty());
    }

    /** Shows {@code progress} and {@code cancel} only while an export runs, the bar following its job. */
    public static void bind(ProgressBar progress, Button cancel, ReadOnlyObjectProperty<Job> job) {
        progress.visibleProperty().bind(job.isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(job.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        job.addListener((o, a, running) -> {
            progress.progressProperty().unbind();
            if (running != null) {
                progress.progressProperty().bind(running.progressProperty());
            }
        });
    }

    /** Asks where to save an .xlsx file, adding the extension when it is missing; empty when dismissed. */
    public static Optional<Path> chooseFile(Window owner, Messages messages, String title, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("export.fileType"), "*.xlsx"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        File target = file.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file
                : new File(file.getParentFile(), file.getName() + ".xlsx");
        return Optional.of(target.toPath());
    }
}
