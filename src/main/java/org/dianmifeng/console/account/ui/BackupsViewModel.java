package org.dianmifeng.console.account.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.BackupReason;
import org.dianmifeng.console.core.BackupResult;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.BackupSettings;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The administrator's backups (备份与恢复): the backups of the backup folder, newest first, filtered by reason,
 * result and text, exported as shown; back up now, check a backup again and restore one, each in the background
 * with progress; and the settings: where backups go and how many are kept. A restore closes the open database:
 * the {@link Restorer} the application gives takes over with the database opened in its place.
 */
public final class BackupsViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(BackupInfo)}. */
    static final List<String> COLUMN_KEYS = List.of("backupScreen.col.takenAt", "backupScreen.col.reason", "backupScreen.col.size",
            "backupScreen.col.result", "backupScreen.col.rows", "backupScreen.col.version", "backupScreen.col.file");
    /** The fields of the settings, as {@link BackupService#saveSettings} names them in its problems. */
    public static final String FOLDER = "backupFolder";
    public static final String KEEP_DAILY = "backupKeepDaily";
    public static final String KEEP_WEEKLY = "backupKeepWeekly";
    public static final String KEEP_MONTHLY = "backupKeepMonthly";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the application does after a restore: the old database is closed, this one is open in its place. */
    @FunctionalInterface
    public interface Restorer {
        /**
         * Called on the FX thread after a restore: every service built on the closed database must be built again
         * on {@code reopened}, and everyone signs in again; {@code notice} says what was restored and where the data
         * from before went.
         */
        void restored(Database reopened, String notice);
    }

    /** A backup's size, shown in KB or MB and sorted by bytes. */
    public record Size(long bytes) implements Comparable<Size> {
        @Override
        public int compareTo(Size other) {
            return Long.compare(bytes, other.bytes);
        }

        @Override
        public String toString() {
            return BackupInfo.sizeText(bytes);
        }
    }

    private record Loaded(List<BackupInfo> backups, BackupSettings settings, Path folder) {
    }

    private final BackupService backups;
    private final Restorer restorer;
    private final ObservableList<BackupInfo> all = FXCollections.observableArrayList();
    private final FilteredList<BackupInfo> filtered = new FilteredList<>(all);
    private final SortedList<BackupInfo> shown = new SortedList<>(filtered);
    private final ObjectProperty<BackupReason> reasonFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<BackupResult> resultFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final FieldErrors errors;
    private final StringProperty folderText = new SimpleStringProperty("");
    private final StringProperty keepDaily = new SimpleStringProperty("");
    private final StringProperty keepWeekly = new SimpleStringProperty("");
    private final StringProperty keepMonthly = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper effectiveFolder = new ReadOnlyStringWrapper("");
    private final BooleanBinding noneSelected;

    public BackupsViewModel(UiContext ctx, BackupService backups, Restorer restorer) {
        super(ctx);
        this.backups = backups;
        this.restorer = restorer;
        this.errors = new FieldErrors(ctx.messages());
        reasonFilter.addListener((o, a, b) -> refilter());
        resultFilter.addListener((o, a, b) -> refilter());
        textFilter.addListener((o, a, b) -> refilter());
        noneSelected = Bindings.createBooleanBinding(() -> selected.get() == null || busyProperty().get(), selected,
                busyProperty());
    }

    /** Whether this session may see and manage backups (the screen is shown only then). */
    public boolean canManage() {
        return session().can(Permission.BACKUP_MANAGE);
    }

    /** Reads the backups and the settings into the screen. */
    public void load() {
        background(p -> new Loaded(backups.list(session()), backups.settings(session()), backups.folder(session())),
                loaded -> {
                    fillList(loaded.backups(), selectedFile());
                    fillSettings(loaded.settings(), loaded.folder());
                });
    }

    /** Makes a backup now, checks it and says how many rows it holds; a backup whose check failed is listed too. */
    public Job backUpNow() {
        setNotice(null);
        return tracked(job, p -> backups.backUpNow(session(), p), made -> {
            setNotice(messages().text("backupScreen.made", made.fileName(), made.rows(), new Size(made.size()).toString()));
            relist(made.file());
        }, e -> relist(selectedFile()));
    }

    /** Loads the selected backup again and counts its rows against the record made with it. */
    public Job verify() {
        BackupInfo chosen = selected.get();
        if (chosen == null) {
            return null;
        }
        setNotice(null);
        return tracked(job, p -> backups.verify(session(), chosen), checked -> {
            if (checked.verified()) {
                setNotice(messages().text("backupScreen.verified", TIME.format(checked.takenAt()), checked.rows()));
            } else {
                setError(messages().text("backupScreen.verifyFailed", TIME.format(checked.takenAt())));
            }
            relist(checked.file());
        }, e -> relist(chosen.file()));
    }

    /** The question the screen asks before {@link #restore}: which backup, and what happens. */
    public String restoreQuestion() {
        BackupInfo chosen = selected.get();
        return chosen == null ? "" : messages().text("backupScreen.restore.confirm", TIME.format(chosen.takenAt()),
                messages().label(chosen.reason()), chosen.rows());
    }

    /**
     * Restores the selected backup: the service backs up the current state, closes the database and opens the
     * backup in its place; the {@link Restorer} then takes over. On failure (a damaged backup, a full disk) nothing
     * was restored: the message is shown here and handed to {@code failed}.
     */
    public Job restore(Consumer<String> failed) {
        BackupInfo chosen = selected.get();
        if (chosen == null) {
            return null;
        }
        setNotice(null);
        return tracked(job, p -> backups.restore(session(), chosen, p), done -> {
            String notice = messages().text("backupScreen.restored", TIME.format(chosen.takenAt()),
                    chosen.fileName(), done.before().fileName());
            restorer.restored(done.database(), notice);
        }, e -> {
            failed.accept(errorProperty().get());
            relist(chosen.file());
        });
    }

    /**
     * Saves where backups go and how many are kept. Every problem is shown beside its field: text that is no whole
     * number is sent as out of range, so that the service words it ("a whole number from … to …") with the others.
     */
    public void saveSettings() {
        errors.clear();
        setNotice(null);
        String folder = folderText.get();
        Integer daily = number(keepDaily.get());
        Integer weekly = number(keepWeekly.get());
        Integer monthly = number(keepMonthly.get());
        background(p -> {
            BackupSettings saved = backups.saveSettings(session(), folder, daily, weekly, monthly);
            return new Loaded(null, saved, backups.folder(session()));
        }, saved -> {
            fillSettings(saved.settings(), saved.folder());
            setNotice(messages().text("backupScreen.saved", saved.folder().toString()));
            relist(selectedFile());
        }, e -> {
            if (errors.show(e)) {
                // each problem is beside its field: the status line only says so
                setError(messages().text("error.validation"));
            }
        });
    }

    /** Blank as null (the service says it is required), a whole number as itself, anything else as -1. */
    private static Integer number(String text) {
        String t = Texts.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- the list

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(BackupInfo b) {
        return Arrays.asList(b.takenAt(), messages().label(b.reason()), new Size(b.size()),
                messages().label(b.result()), b.rows(), b.schemaVersion(), b.fileName());
    }

    /** The export of what the list shows, in its order and with its columns. */
    @Override
    public Job export(Path out) {
        return export.run(out, messages().text("backupScreen.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    private void refilter() {
        BackupReason reason = reasonFilter.get();
        BackupResult result = resultFilter.get();
        String text = Texts.clean(textFilter.get());
        filtered.setPredicate(b -> (reason == null || b.reason() == reason)
                && (result == null || b.result() == result)
                && Texts.anyContains(text, TIME.format(b.takenAt()), b.fileName(), messages().label(b.reason()),
                messages().label(b.result()), b.schemaVersion()));
    }

    private void fillList(List<BackupInfo> found, Path keep) {
        all.setAll(found);
        refilter();
        selected.set(keep == null ? null : found.stream().filter(b -> b.file().equals(keep)).findFirst().orElse(null));
    }

    /** Reads the list again after a command, without touching the command's message (a failure stays shown). */
    private void relist(Path keep) {
        ctx.runner().run(p -> backups.list(session()), found -> fillList(found, keep), e -> { });
    }

    private void fillSettings(BackupSettings settings, Path folder) {
        folderText.set(settings.folder() == null ? "" : settings.folder().toString());
        keepDaily.set(Integer.toString(settings.rotation().daily()));
        keepWeekly.set(Integer.toString(settings.rotation().weekly()));
        keepMonthly.set(Integer.toString(settings.rotation().monthly()));
        effectiveFolder.set(messages().text("backupScreen.folder.effective", folder.toString()));
    }

    private Path selectedFile() {
        return selected.get() == null ? null : selected.get().file();
    }

    // ---------------------------------------------------------------- properties

    /** The backups as the table shows them: filtered, in the table's order (newest first until a column is sorted). */
    public SortedList<BackupInfo> rows() {
        return shown;
    }

    /** Every backup in the folder, newest first, whatever the filters. */
    public ObservableList<BackupInfo> allBackups() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    /** True while nothing is selected or a command runs: check and restore are not possible then. */
    public BooleanBinding noneSelectedProperty() {
        return noneSelected;
    }

    /** The running back-up, check or restore, or null: for the progress bar. */
    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ObjectProperty<BackupReason> reasonFilterProperty() {
        return reasonFilter;
    }

    public ObjectProperty<BackupResult> resultFilterProperty() {
        return resultFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty folderTextProperty() {
        return folderText;
    }

    public StringProperty keepDailyProperty() {
        return keepDaily;
    }

    public StringProperty keepWeeklyProperty() {
        return keepWeekly;
    }

    public StringProperty keepMonthlyProperty() {
        return keepMonthly;
    }

    /** Where backups go now, in words: the chosen folder or the default inside the data folder. */
    public ReadOnlyStringProperty effectiveFolderProperty() {
        return effectiveFolder.getReadOnlyProperty();
    }
}
