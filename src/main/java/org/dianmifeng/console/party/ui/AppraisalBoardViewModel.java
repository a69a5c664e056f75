package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.AppraisalBranch;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalReport;
import org.dianmifeng.console.party.AppraisalRules;
import org.dianmifeng.console.party.AppraisalService;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.GradeProposer;
import org.dianmifeng.console.party.PartyScope;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The secretary's appraisal board: the appraisals of one work-unit branch and year, filtered by status
 * and as you type, the distribution of proposed and confirmed grades, and the commands start, edit,
 * propose, confirm (the selection at once), return, reason and change a confirmed grade.
 */
public final class AppraisalBoardViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(AppraisalRow)}. */
    static final List<String> COLUMN_KEYS = List.of("appraisal.col.member", "appraisal.col.unit",
            "appraisal.col.enrolment", "appraisal.col.unitScore", "appraisal.col.communityScore",
            "appraisal.col.combined", "appraisal.col.scoreGrade", "appraisal.col.proposed", "appraisal.col.rules",
            "appraisal.col.grade", "appraisal.col.reason", "appraisal.col.status", "appraisal.col.returnComment");

    /** How many members stand at one grade: proposed, and confirmed. */
    public record GradeCount(Grade grade, long proposed, long confirmed) {
    }

    private final AppraisalService service;
    private final AppraisalReport report;
    private final ObservableList<AppraisalRow> all = FXCollections.observableArrayList();
    private final FilteredList<AppraisalRow> filtered = new FilteredList<>(all);
    private final SortedList<AppraisalRow> shown = new SortedList<>(filtered);
    private final ObservableList<AppraisalBranch> branches = FXCollections.observableArrayList();
    private final ObservableList<GradeCount> distribution = FXCollections.observableArrayList();
    private final ObservableList<AppraisalRow> selection = FXCollections.observableArrayList();
    private final ObjectProperty<AppraisalRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<AppraisalBranch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<AppraisalStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final List<Integer> years;
    private volatile AppraisalRules rules;

    public AppraisalBoardViewModel(UiContext ctx, AppraisalService service, AppraisalReport report) {
        super(ctx);
        this.service = service;
        this.report = report;
        int now = service.currentYear();
        this.years = IntStream.rangeClosed(now - 4, now + 1).boxed().sorted((a, b) -> b - a).toList();
        this.year = new SimpleObjectProperty<>(now);
        this.rules = AppraisalRules.defaults();
        filter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        year.addListener((o, a, b) -> loadRows());
        branch.addListener((o, a, b) -> loadRows());
    }

    public boolean canEvaluate() {
        return session().can(Permission.APPRAISAL_EVALUATE);
    }

    public boolean canConfirm() {
        return session().can(Permission.APPRAISAL_CONFIRM);
    }

    public boolean canOverride() {
        return session().can(Permission.APPRAISAL_OVERRIDE);
    }

    /** Reads the branches the session reviews, then the rows of the chosen (else the first) branch. */
    public void load() {
        background(p -> service.workUnitBranches(session()), list -> {
            AppraisalBranch keep = branch.get();
            branches.setAll(list);
            AppraisalBranch again = keep == null ? null
                    : list.stream().filter(b -> b.id() == keep.id()).findFirst().orElse(null);
            if (again == null && !list.isEmpty()) {
                again = list.get(0);
            }
            if (again == null) {
                setNotice(messages().text("appraisal.noBranch"));
            }
            if (again != null && keep != null && again.id() == keep.id()) {
                loadRows();
            } else {
                branch.set(again);
            }
        });
    }

    private record Loaded(List<AppraisalRow> rows, AppraisalRules rules, Map<Grade, Long> proposed,
                          Map<Grade, Long> confirmed) {
    }

    /** Reads the rows of the chosen branch and year again, keeping the selected row. */
    public void loadRows() {
        AppraisalBranch b = branch.get();
        Integer y = year.get();
        if (b == null || y == null) {
            all.clear();
            distribution.clear();
            return;
        }
        background(p -> {
            List<AppraisalRow> rows = service.rows(session(), b.id(), y);
            return new Loaded(rows, service.rules(),
                    service.distribution(rows.stream().filter(r -> r.status() == AppraisalStatus.PROPOSED).toList()),
                    service.distribution(rows.stream().filter(r -> r.status() == AppraisalStatus.CONFIRMED).toList()));
        }, loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            rules = loaded.rules();
            all.setAll(loaded.rows());
            List<GradeCount> counts = new ArrayList<>();
            for (Grade g : loaded.rules().grades()) {
                counts.add(new GradeCount(g, loaded.proposed().getOrDefault(g, 0L), loaded.confirmed().getOrDefault(g, 0L)));
            }
            distribution.setAll(counts);
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        });
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        AppraisalStatus status = statusFilter.get();
        filtered.setPredicate(r -> (status == null || r.status() == status)
                && (text == null
                || Texts.containsIgnoreCase(r.member().name(), text)
                || Texts.containsIgnoreCase(r.unitName(), text)
                || Texts.containsIgnoreCase(r.enrolment(), text)));
    }

    /** Starts the year's appraisal for the chosen branch: a draft for every member who has none. */
    public void start() {
        AppraisalBranch b = branch.get();
        int y = year.get();
        background(p -> service.start(session(), b.id(), y), n -> {
            setNotice(messages().text("appraisal.started", n, String.valueOf(y)));
            loadRows();
        });
    }

    /** Proposes grades for the evaluated appraisals of the chosen branch and year. */
    public void propose() {
        AppraisalBranch b = branch.get();
        int y = year.get();
        background(p -> service.propose(session(), b.id(), y), n -> {
            setNotice(messages().text("appraisal.proposed", n));
            loadRows();
        });
    }

    /** Confirms every selected row at once; refused as a whole if one of them may not be confirmed. */
    public void confirmSelection() {
        List<AppraisalRow> shown = List.copyOf(selection);
        background(p -> service.confirm(session(), shown), done -> {
            setNotice(messages().text("appraisal.confirmed", done.size()));
            loadRows();
        }, e -> loadRows());
    }

    /** Returns the selected proposal with a comment. */
    public void returnSelected(String comment) {
        AppraisalRow r = selected.get();
        background(p -> service.returnProposal(session(), r.id(), r.version(), comment), saved -> {
            setNotice(messages().text("appraisal.returned", r.member().name()));
            loadRows();
        });
    }

    /** Writes the reason of the selected row's grade. */
    public void setReason(String text) {
        AppraisalRow r = selected.get();
        background(p -> service.setReason(session(), r.id(), r.version(), text), saved -> {
            setNotice(messages().text("appraisal.saved", r.member().name()));
            loadRows();
        });
    }

    /** The administrator changes the selected row's confirmed grade, with a reason. */
    public void changeConfirmedGrade(Grade grade, String reason) {
        AppraisalRow r = selected.get();
        background(p -> service.changeConfirmedGrade(session(), r.id(), r.version(), grade, reason), saved -> {
            setNotice(messages().text("appraisal.saved", r.member().name()));
            loadRows();
        });
    }

    /** Reads what the evaluation form of the selected row needs, then hands the form to {@code open}. */
    public void openEditForm(Consumer<AppraisalFormViewModel> open) {
        AppraisalRow r = selected.get();
        background(p -> {
            PartyScope scope = service.scope(session());
            return new AppraisalFormViewModel(ctx, service, r, service.communityBranchesFor(session(), r.id()),
                    scope.coversWorkUnitBranch(r.appraisal().branchId()), saved -> {
                        setNotice(messages().text("appraisal.saved", r.member().name()));
                        loadRows();
                    });
        }, open);
    }

    /** The grades that a confirmed grade may be changed to: those in use. */
    public List<Grade> gradesInUse() {
        return rules.grades();
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** One row as the table (and the export) shows it, in the order of {@link #columnHeaders()}. */
    public List<Object> cells(AppraisalRow r) {
        return Arrays.asList(r.member().name(), r.unitName(),
                r.enrolment() == null ? messages().text("appraisal.enrolment.none") : r.enrolment(),
                r.unitScore(), r.communityScore(), r.combinedScore(), label(r.scoreGrade()), label(r.proposedGrade()),
                explanation(r), label(r.grade()), r.gradeReason(), messages().label(r.status()), r.returnComment());
    }

    /** Why the rules moved the proposal below the score grade, in the user's language; empty if they did not. */
    public String explanation(AppraisalRow r) {
        return r.proposedGrade() == null ? "" : GradeProposer.explain(r.ruleNotes(), r.proposedGrade(), rules, messages());
    }

    private String label(Grade g) {
        return g == null ? null : messages().label(g);
    }

    public Job export(Path out) {
        return export.run(out, messages().text("appraisal.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    /** Writes the printable result table (民主评议党员结果汇总表) of the chosen branch and year to {@code out}. */
    public Job printResultTable(Path out) {
        AppraisalBranch b = branch.get();
        int y = year.get();
        return export.write(out, p -> report.write(session(), y, b.code(), out, messages(), p).rows());
    }

    /** The file name offered for the result table of the chosen branch and year. */
    public String resultTableFileName() {
        AppraisalBranch b = branch.get();
        return messages().text("appraisal.print.fileName", b == null ? "" : b.name(), String.valueOf(year.get()));
    }

    public void cancelExport() {
        export.cancel();
    }

    public ReadOnlyObjectProperty<Job> exportJobProperty() {
        return export.jobProperty();
    }

    public SortedList<AppraisalRow> rows() {
        return shown;
    }

    public ObservableList<AppraisalBranch> branches() {
        return branches;
    }

    public List<Integer> years() {
        return years;
    }

    /** Proposed and confirmed counts per grade in use, best first. */
    public ObservableList<GradeCount> distribution() {
        return distribution;
    }

    /** The rows selected in the table, for the bulk confirm. */
    public ObservableList<AppraisalRow> selection() {
        return selection;
    }

    public ObjectProperty<AppraisalRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<AppraisalBranch> branchProperty() {
        return branch;
    }

    public ObjectProperty<AppraisalStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
