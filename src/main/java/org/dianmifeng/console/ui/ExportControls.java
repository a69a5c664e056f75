package org.dianmifeng.console.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
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
        keepInSight(export, progress, cancel);
    }

    /**
     * Keeps the export button, and the progress and cancel of a running export, on a narrow toolbar (1280 px):
     * where the toolbar would push them into its overflow menu, its filter fields give up width first, down to
     * {@value #NARROWEST_FILTER} px each.
     */
    static void keepInSight(Button export, ProgressBar progress, Button cancel) {
        for (Node kept : new Node[] {export, progress, cancel}) {
            kept.getProperties().put(KEPT, Boolean.TRUE);
        }
        export.sceneProperty().addListener((o, a, scene) -> {
            ToolBar bar = toolBar(export);
            if (scene == null || bar == null || bar.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
                return;
            }
            Runnable fit = () -> fit(bar);
            bar.widthProperty().addListener((w, x, y) -> fit.run());
            progress.visibleProperty().addListener((w, x, y) -> Platform.runLater(fit));
            bar.getItems().stream().filter(i -> i instanceof ComboBoxBase<?>).map(i -> (ComboBoxBase<?>) i)
                    .forEach(box -> {
                        box.valueProperty().addListener((w, x, y) -> Platform.runLater(fit));
                        box.skinProperty().addListener((w, x, y) -> Platform.runLater(fit));
                    });
            // fitted again when a command or a label grows after the fit: a screen built before it is shown is
            // first measured unstyled (民主评议's print, and a running export's progress after it, went into the
            // overflow menu at 1280 px), a selection count gets its text; a fit that changes nothing lays out the
            // same widths, so it ends there
            bar.getItems().stream().filter(i -> i instanceof Labeled).map(i -> (Labeled) i)
                    .forEach(item -> item.widthProperty().addListener((w, x, y) -> Platform.runLater(fit)));
            Platform.runLater(fit);
        });
    }

    private static final String FITTED = "exportControls.fitted";
    /** The export, its progress and its cancel: never made smaller. */
    private static final String KEPT = "exportControls.kept";
    /** A button shown by its icon alone to make room, and whether the tooltip of its text was put by {@link #fit}. */
    private static final String COMPACT = "exportControls.compact";
    private static final String OWN_WIDTH = "exportControls.ownWidth";
    private static final double NARROWEST_FILTER = 90;
    /** Room the toolbar takes around and between its items, and for its overflow button. */
    private static final double ITEM_GAP = 10;
    private static final double BAR_ROOM = 48;

    private static ToolBar toolBar(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ToolBar bar) {
                return bar;
            }
        }
        return null;
    }

    private static void fit(ToolBar bar) {
        if (bar.getWidth() <= 0) {
            return;
        }
        List<Region> filters = new ArrayList<>();
        List<Double> natural = new ArrayList<>();
        double needed = BAR_ROOM;
        for (Node item : bar.getItems()) {
            if (item.getProperties().remove(COMPACT) instanceof Boolean ownTip && item instanceof Labeled button) {
                button.setContentDisplay(ContentDisplay.LEFT);
                if (ownTip) {
                    button.setTooltip(null);
                }
            }
        }
        for (Node item : bar.getItems()) {
            if (!item.isManaged()) {
                continue;
            }
            if (item instanceof TextField || item instanceof ComboBoxBase<?>) {
                Region filter = (Region) item;
                if (item instanceof TextField field && field.getTooltip() == null && field.getPromptText() != null
                        && !field.getPromptText().isEmpty()) {
                    // a filter narrowed to fit may cut its prompt ("按用户名或…"): the whole prompt on hover
                    field.setTooltip(new javafx.scene.control.Tooltip(field.getPromptText()));
                }
                // the width the view asked for (or the computed one), measured afresh as the choices change
                filter.getProperties().putIfAbsent(OWN_WIDTH, filter.getPrefWidth());
                filter.setPrefWidth((double) filter.getProperties().get(OWN_WIDTH));
                // a box kept as wide as its chosen value (ViewSupport.fitChosen) is laid out at its minimum
                double width = Math.max(filter.minWidth(-1), filter.prefWidth(-1));
                filters.add(filter);
                natural.add(width);
                needed += width + ITEM_GAP;
            } else {
                if (item instanceof Labeled labeled) {
                    labeled.setMinWidth(Region.USE_PREF_SIZE); // a label or a button is never cut to "…"
                }
                needed += item.prefWidth(-1) + ITEM_GAP;
            }
        }
        double excess = needed - bar.getWidth();
        if (excess <= 0) {
            return;
        }
        // each filter gives up width down to its floor (a date picker keeps room for a whole date), in proportion to
        // what it can give
        double[] room = new double[filters.size()];
        double rooms = 0;
        for (int i = 0; i < filters.size(); i++) {
            double floor = Math.max(Math.max(Math.min(natural.get(i), NARROWEST_FILTER), filters.get(i).minWidth(-1)),
                    shownChoice(filters.get(i)));
            room[i] = Math.max(0, natural.get(i) - floor);
            rooms += room[i];
        }
        double given = Math.min(excess, rooms);
        // a command shown by its icon alone frees its whole text, often more than was missing: the filters take back
        // what is left over (the case officer's filter was left at 90 px beside 200 px of empty tool bar)
        double left = Math.max(0, -compact(bar, excess - given));
        double kept = Math.max(0, given - left);
        for (int i = 0; rooms > 0 && i < filters.size(); i++) {
            filters.get(i).setPrefWidth(natural.get(i) - kept * room[i] / rooms);
        }
    }

    /**
     * Where the filters could not give enough (a toolbar of commands alone, at 1280 px in English), the commands
     * before the export, from the last, show their icon alone, their text in a tooltip, until the export fits.
     * Returns what is still missing, or below zero what the last command given up freed beyond it.
     */
    private static double compact(ToolBar bar, double excess) {
        List<Node> items = bar.getItems();
        for (int i = items.size() - 1; i >= 0 && excess > 0; i--) {
            if (!(items.get(i) instanceof Labeled button) || !button.isManaged() || button.getGraphic() == null
                    || button.getText() == null || button.getText().isEmpty()
                    || button.getProperties().containsKey(KEPT)) {
                continue;
            }
            javafx.scene.text.Text probe = new javafx.scene.text.Text(shownText(button));
            probe.setFont(button.getFont());
            boolean ownTip = button.getTooltip() == null;
            if (ownTip) {
                button.setTooltip(new javafx.scene.control.Tooltip(shownText(button)));
            }
            button.getProperties().put(COMPACT, ownTip);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            excess -= probe.getLayoutBounds().getWidth() + button.getGraphicTextGap();
        }
        return excess;
    }

    /**
     * A button's text as it shows, without the mark of its Alt key ("_Confirm" shows Confirm; "__" shows one "_"):
     * its tooltip said "_Confirm".
     */
    static String shownText(Labeled button) {
        String text = button.getText();
        if (!button.isMnemonicParsing()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == '_') {
                    shown.append('_');
                    i++;
                    continue;
                }
                if (!marked) {
                    marked = true;
                    continue;
                }
            }
            shown.append(c);
        }
        return shown.toString();
    }

    /**
     * The width a choice box needs to show its chosen value whole ("全部单位", a unit's name), 0 for a text field: a
     * filter narrowed to fit keeps what it says it filters by; a text field shows its prompt whole on hover.
     */
    private static double shownChoice(Region filter) {
        Node shown = ViewSupport.shownCell(filter);
        if (!(filter instanceof ComboBoxBase<?>) || !(shown instanceof Labeled cell)
                || cell.getText() == null || cell.getText().isEmpty()) {
            return 0;
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(cell.getText());
        probe.setFont(cell.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth() + ViewSupport.CHOICE_ROOM);
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
