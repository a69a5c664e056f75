package org.dianmifeng.console.summary.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.honour.HonourReport;
import org.dianmifeng.console.summary.SummaryReport;
import org.dianmifeng.console.summary.SummaryService;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.Work;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.UnitOrder;

/**
 * The reports page: which report (the honour roll for a range of years; the annual summary for a year,
 * offered only to roles that may make it), for which unit (none: every unit). Saves as the list screens do
 * ({@link ExportCommand}): the page asks where first, then the report is written there in the background, with
 * progress and a cooperative cancel, replacing the file only when complete. Never touches a Node.
 */
public final class ReportsViewModel extends ViewModel {

    /** The reports of the page, in the order of the chooser. */
    public enum Kind {
        HONOUR_ROLL, ANNUAL_SUMMARY
    }

    private final HonourReport honourReport;
    private final SummaryReport summaryReport;
    private final UnitService units;
    private final List<Kind> kinds;
    private final SummaryService summary;
    private final ExportCommand export = new ExportCommand(this, "reports.done");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.HONOUR_ROLL);
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Integer> fromYear;
    private final ObjectProperty<Integer> toYear;
    private final ObservableList<Choice<Unit>> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Unit>> unit = new SimpleObjectProperty<>();
    /** The page has left the window: nothing more is offered, a running report is asked to stop. */
    private boolean closed;

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
            for (UnitOrder.Entry e : UnitOrder.depthFirst(loaded.units())) {
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
     * Why the current choices cannot make a report, in the user's words, shown on the page; null when they can. The
     * view asks this before it asks where to save.
     */
    public String check() {
        setNotice(null);
        String problem = problem();
        setError(problem);
        return problem;
    }

    /**
     * Writes the chosen report to {@code out} (the place the user chose) in the background; when it is written,
     * the page says where and {@code saved} gets the file (to offer to open its folder). Returns the running job,
     * or null when the choices are refused (the error property says why) or the page is busy or closed.
     */
    public Job generate(Path out, Consumer<Path> saved) {
        if (check() != null || closed || busyProperty().get()) {
            return null;
        }
        Kind k = kind.get();
        String unitCode = unitCode();
        int y = year.get();
        int from = fromYear.get();
        int to = toYear.get();
        Work<Integer> work = k == Kind.HONOUR_ROLL
                ? p -> honourReport.write(session(), from, to, unitCode, out, messages(), p).honours()
                : p -> summaryReport.write(session(), y, unitCode, out, messages(), p).sheets();
        return export.write(out, work, file -> {
            if (!closed) {
                saved.accept(file);
            }
        });
    }

    /** Why the current choices cannot make a report; null when they can. */
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

    /** Asks the running report to stop at its next check; it leaves no file. */
    public void cancel() {
        export.cancel();
    }

    /**
     * The page has left the window (e.g. another page was chosen): asks a running report to stop at its next
     * check and offers nothing more. Final: a closed page makes no more reports.
     */
    public void close() {
        if (!closed) {
            closed = true;
            cancel();
        }
    }

    /** Whether {@link #close} was called. */
    public boolean closed() {
        return closed;
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
        return export.jobProperty();
    }

    /** The code of the chosen unit; null for every unit. */
    private String unitCode() {
        Choice<Unit> c = unit.get();
        return c == null || c.value() == null ? null : c.value().code();
    }
}
