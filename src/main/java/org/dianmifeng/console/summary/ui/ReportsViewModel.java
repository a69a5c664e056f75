package org.dianmifeng.console.summary.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
    /** The first year offered: the console keeps nothing older. */
    static final int FIRST_YEAR = 2010;

    /** The reports of the page, in the order of the chooser. */
    public enum Kind {
        HONOUR_ROLL, ANNUAL_SUMMARY
    }

    /** A unit of the chooser with its indented name; a null unit stands for every unit. */
    public record UnitChoice(Unit unit, String label) {
        public String code() {
            return unit == null ? null : unit.code();
        }
    }

    /** A report written to a temporary {@code file}, waiting to be saved; {@code fileName} is the name offered. */
    public record Generated(Kind kind, Path file, String fileName) {
    }

    private final HonourReport honourReport;
    private final SummaryReport summaryReport;
    private final UnitService units;
    private final List<Kind> kinds;
    private final List<Integer> years;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.HONOUR_ROLL);
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Integer> fromYear;
    private final ObjectProperty<Integer> toYear;
    private final ObservableList<UnitChoice> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> unit = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Generated> pending = new ReadOnlyObjectWrapper<>();

    public ReportsViewModel(UiContext ctx, HonourReport honourReport, SummaryReport summaryReport, UnitService units,
                            Clock clock) {
        super(ctx);
        this.honourReport = honourReport;
        this.summaryReport = summaryReport;
        this.units = units;
        this.kinds = session().can(Permission.SUMMARY_REPORT) ? List.of(Kind.values()) : List.of(Kind.HONOUR_ROLL);
        int now = LocalDate.now(clock).getYear();
        this.years = IntStream.rangeClosed(FIRST_YEAR, now).boxed().sorted(Comparator.reverseOrder()).toList();
        this.year = new SimpleObjectProperty<>(now);
        this.fromYear = new SimpleObjectProperty<>(now);
        this.toYear = new SimpleObjectProperty<>(now);
        UnitChoice all = new UnitChoice(null, messages().text("reports.unit.all"));
        unitChoices.add(all);
        unit.set(all);
        kind.addListener((o, a, b) -> setError(null));
    }

    /** Reads the units for the unit chooser, in the order of the company tree. */
    public void load() {
        background(p -> units.all(session()), list -> {
            String keep = unit.get() == null ? null : unit.get().code();
            List<UnitChoice> choices = new ArrayList<>();
            choices.add(unitChoices.get(0));
            UnitChoice again = unitChoices.get(0);
            for (UnitOrder.Entry e : UnitOrder.depthFirst(list)) {
                UnitChoice c = new UnitChoice(e.unit(), e.indentedName());
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
        if (busyProperty().get() || pending.get() != null) {
            return null;
        }
        Kind k = kind.get();
        String unitCode = unit.get() == null ? null : unit.get().code();
        String fileName = fileName();
        Path dir;
        try {
            dir = Files.createTempDirectory("bee-report-");
        } catch (IOException e) {
            setError(messages().describe(ListExport.writeFailed(Path.of(System.getProperty("java.io.tmpdir")), e)));
            return null;
        }
        Path out = dir.resolve(fileName);
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
        UnitChoice u = unit.get();
        String suffix = u == null || u.unit() == null ? "" : "_" + u.unit().name();
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
     * Moves the pending report to {@code target} (replacing a file there) in the background; then
     * {@code saved} gets the saved file. A folder or a path that cannot be written is refused with a message
     * and the report stays pending, to be saved elsewhere or discarded.
     */
    public void save(Path target, Consumer<Path> saved) {
        Generated g = pending.get();
        if (g == null) {
            return;
        }
        background(p -> {
            Path to = ListExport.target(target);
            try {
                Files.move(g.file(), to, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw ListExport.writeFailed(to, e);
            }
            deleteQuietly(g.file().getParent());
            return to;
        }, to -> {
            pending.set(null);
            setNotice(messages().text("reports.saved", to.toString()));
            saved.accept(to);
        });
    }

    /** Throws the pending report away: the user chose no place for it. */
    public void discard() {
        Generated g = pending.get();
        if (g == null) {
            return;
        }
        pending.set(null);
        background(p -> {
            deleteQuietly(g.file().getParent());
            return null;
        }, none -> setNotice(messages().text("reports.notSaved")));
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

    public List<Integer> years() {
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

    public ObservableList<UnitChoice> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<UnitChoice> unitProperty() {
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
}
