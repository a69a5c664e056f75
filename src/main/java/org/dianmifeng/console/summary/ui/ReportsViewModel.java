package org.dianmifeng.console.summary.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.honour.HonourReport;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.summary.SummaryReport;
import org.dianmifeng.console.summary.SummaryService;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.Work;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.ui.UnitOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports page: which report (the honour roll for a range of years; the annual summary for a year,
 * offered only to roles that may make it), for which unit (none: every unit). The report is written in
 * the background into a temporary file, with progress and a cooperative cancel; then the page asks
 * where to save it and moves it there, or throws it away. Never touches a Node.
 */
public final class ReportsViewModel extends ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);

    /** The reports of the page, in the order of the chooser. */
    public enum Kind {
        HONOUR_ROLL, ANNUAL_SUMMARY
    }

    /** A report written to a temporary {@code file}, waiting to be saved; {@code fileName} is the name offered. */
    public record Generated(Kind kind, Path file, String fileName) {
    }

    private final HonourReport honourReport;
    private final SummaryReport summaryReport;
    private final UnitService units;
    private final List<Kind> kinds;
    private final SummaryService summary;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.HONOUR_ROLL);
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Integer> fromYear;
    private final ObjectProperty<Integer> toYear;
    private final ObservableList<Choice<Unit>> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Unit>> unit = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Generated> pending = new ReadOnlyObjectWrapper<>();
    /** The pending report is being placed where the user chose. */
    private boolean saving;
    /** The page has left the window: nothing more is offered, whatever is written is thrown away. */
    private boolean closed;
    /** Where the private temporary folders of reports are made; null: java.io.tmpdir. */
    private Path tempRoot;

    public ReportsViewModel(UiContext ctx, HonourReport honourReport, SummaryReport summaryReport, UnitService units,
                            SummaryService summary) {
        super(ctx);
        this.honourReport = honourReport;
        this.summaryReport = summaryReport;
        this.units = units;
        this.summary = summary;
        this.kinds = session().can(Permission.SUMMARY_REPORT) ? List.of(Kind.values()) : List.of(Kind.HONOUR_ROLL);
        int now = summary.currentYear();
        years.add(now);
        this.year = new SimpleObjectProperty<>(now);
        this.fromYear = new SimpleObjectProperty<>(now);
        this.toYear = new SimpleObjectProperty<>(now);
        Choice<Unit> all = new Choice<>(null, messages().text("reports.unit.all"));
        unitChoices.add(all);
        unit.set(all);
        kind.addListener((o, a, b) -> setError(null));
    }

    private record Loaded(List<Unit> units, List<Integer> years) {
    }

    /**
     * Reads the units for the unit chooser, in the order of the company tree, and the years to offer
     * ({@link SummaryService#years}: those with data, and this year).
     */
    public void load() {
        background(p -> new Loaded(units.all(session()), summary.years()), loaded -> {
            List<Unit> list = loaded.units();
            // a chooser clears its value when its items are replaced: keep the years chosen
            Integer y = year.get();
            Integer from = fromYear.get();
            Integer to = toYear.get();
            years.setAll(loaded.years());
            year.set(y);
            fromYear.set(from);
            toYear.set(to);
            String keep = unitCode();
            List<Choice<Unit>> choices = new ArrayList<>();
            choices.add(unitChoices.get(0));
            Choice<Unit> again = unitChoices.get(0);
            for (UnitOrder.Entry e : UnitOrder.depthFirst(list)) {
                Choice<Unit> c = new Choice<>(e.unit(), e.indentedName());
                choices.add(c);
                if (e.unit().code().equals(keep)) {
                    again = c;
                }
            }
            unitChoices.setAll(choices);
            unit.set(again);
        });
    }

    /**
     * Checks the choices and writes the report in the background into a temporary file; when it is
     * written, {@code ready} gets it (on the UI thread) to ask where to save it. Returns the running job,
     * or null when the choices are refused (the error property says why) or a report is still pending.
     */
    public Job generate(Consumer<Generated> ready) {
        setNotice(null);
        String problem = problem();
        if (problem != null) {
            setError(problem);
            return null;
        }
        if (closed || busyProperty().get() || pending.get() != null) {
            return null;
        }
        Kind k = kind.get();
        String unitCode = unitCode();
        String fileName = fileName();
        Path dir;
        try {
            dir = tempRoot == null ? Files.createTempDirectory("bee-report-")
                    : Files.createTempDirectory(tempRoot, "bee-report-");
        } catch (IOException e) {
            setError(messages().describe(ListExport.writeFailed(Path.of(System.getProperty("java.io.tmpdir")), e)));
            return null;
        }
        Path out = dir.resolve(fileName);
        // a report still waiting when the console closes goes with it (the file first, then its folder)
        dir.toFile().deleteOnExit();
        out.toFile().deleteOnExit();
        int y = year.get();
        int from = fromYear.get();
        int to = toYear.get();
        Work<Generated> work = p -> {
            if (k == Kind.HONOUR_ROLL) {
                honourReport.write(session(), from, to, unitCode, out, messages(), p);
            } else {
                summaryReport.write(session(), y, unitCode, out, messages(), p);
            }
            p.checkCancelled();
            return new Generated(k, out, fileName);
        };
        Job started = background(work, done -> {
            job.set(null);
            if (closed) {
                deleteLater(dir);
                return;
            }
            pending.set(done);
            ready.accept(done);
        }, e -> {
            job.set(null);
            deleteQuietly(dir);
            if (e instanceof Progress.CancelledException) {
                setError(null);
                setNotice(messages().text("reports.cancelled"));
            }
        });
        if (started.runningProperty().get()) {
            job.set(started);
        }
        return started;
    }

    /** Why the current choices cannot make a report, in the user's words; null when they can. */
    String problem() {
        Kind k = kind.get();
        if (k == null || !kinds.contains(k)) {
            return messages().text("reports.error.noReport");
        }
        if (k == Kind.HONOUR_ROLL) {
            if (fromYear.get() == null || toYear.get() == null) {
                return messages().text("reports.error.noYear");
            }
            if (fromYear.get() > toYear.get()) {
                return messages().text("reports.error.yearRange", String.valueOf(fromYear.get()),
                        String.valueOf(toYear.get()));
            }
        } else if (year.get() == null) {
            return messages().text("reports.error.noYear");
        }
        return null;
    }

    /** The file name offered for the chosen report, e.g. 年度荣誉汇总表_2021.xlsx. */
    public String fileName() {
        Choice<Unit> u = unit.get();
        String suffix = u == null || u.value() == null ? "" : "_" + u.value().name();
        if (kind.get() == Kind.ANNUAL_SUMMARY) {
            return messages().text("reports.fileName.summary", String.valueOf(year.get()), suffix);
        }
        String years = fromYear.get() == null || fromYear.get().equals(toYear.get()) ? String.valueOf(toYear.get())
                : fromYear.get() + "-" + toYear.get();
        return messages().text("reports.fileName.honourRoll", years, suffix);
    }

    /** Asks the running report to stop at its next check. */
    public void cancel() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /**
     * Places the pending report at {@code target} (replacing a file there only once it is complete,
     * {@link ListExport#place}) in the background; then {@code saved} gets the saved file. A folder or a path
     * that cannot be written is refused with a message naming it, the report stays pending and {@code failed}
     * runs, to offer another place (the page also offers to save it elsewhere or discard it).
     */
    public void save(Path target, Consumer<Path> saved, Runnable failed) {
        Generated g = pending.get();
        if (g == null || saving || closed) {
            return;
        }
        saving = true;
        setNotice(null);
        background(p -> {
            Path to = ListExport.target(target);
            try {
                ListExport.place(g.file(), to);
            } catch (IOException e) {
                throw ListExport.writeFailed(to, e);
            }
            deleteQuietly(g.file().getParent());
            return to;
        }, to -> {
            saving = false;
            pending.set(null);
            if (closed) {
                return;
            }
            setNotice(messages().text("reports.saved", to.toString()));
            saved.accept(to);
        }, e -> {
            saving = false;
            if (closed) {
                throwAway(g);
            } else {
                failed.run();
            }
        });
    }

    /** The user chose no place for the pending report yet: it waits, to be saved with 另存为… or discarded. */
    public void keepWaiting() {
        if (pending.get() != null && !closed) {
            setNotice(messages().text("reports.waiting"));
        }
    }

    /** Throws the pending report away: the user chose not to save it. */
    public void discard() {
        Generated g = pending.get();
        if (g == null || saving) {
            return;
        }
        throwAway(g);
        setNotice(messages().text("reports.notSaved"));
    }

    /**
     * The page has left the window (e.g. another page was chosen): asks a running report to stop at its next
     * check, throws away the report waiting to be saved (a save under way still finishes) and offers nothing
     * more. Final: a closed page makes no more reports.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancel();
        Generated g = pending.get();
        if (g != null && !saving) {
            throwAway(g);
        }
    }

    /** Makes the temporary report folders in {@code root} instead of java.io.tmpdir: for tests. */
    void setTempRoot(Path root) {
        this.tempRoot = root;
    }

    /** Whether {@link #close} was called. */
    public boolean closed() {
        return closed;
    }

    private void throwAway(Generated g) {
        pending.set(null);
        deleteLater(g.file().getParent());
    }

    /** Deletes a temporary report folder in the background, quietly. */
    private void deleteLater(Path dir) {
        ctx.runner().run(p -> {
            deleteQuietly(dir);
            return null;
        }, none -> { }, e -> LOG.warn("Cannot remove the temporary report folder {}", dir, e));
    }

    /** Opens {@code folder} with {@code opener} in the background; a failure is shown on the page. */
    public void openFolder(Path folder, FolderOpener opener) {
        background(p -> {
            try {
                opener.open(folder);
            } catch (Exception e) {
                throw new ConsoleException("reports.error.openFolder", e, folder);
            }
            return null;
        }, none -> { });
    }

    /** Shows a folder to the user, e.g. in the file manager. */
    @FunctionalInterface
    public interface FolderOpener {
        void open(Path folder) throws Exception;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove the temporary report folder {}", dir, e);
        }
    }

    /** The reports this session may make: the annual summary only with {@link Permission#SUMMARY_REPORT}. */
    public List<Kind> kinds() {
        return kinds;
    }

    /** The years to offer, newest first: this year until {@link #load} has read those with data. */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public ObservableList<Choice<Unit>> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<Choice<Unit>> unitProperty() {
        return unit;
    }

    /** The running report, or null: for the progress bar and the cancel button. */
    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** The report written and not yet saved or discarded, or null. */
    public ReadOnlyObjectProperty<Generated> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The code of the chosen unit; null for every unit. */
    private String unitCode() {
        Choice<Unit> c = unit.get();
        return c == null || c.value() == null ? null : c.value().code();
    }
}
