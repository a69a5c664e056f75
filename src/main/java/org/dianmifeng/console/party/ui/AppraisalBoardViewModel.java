package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;

/**
 * The secretary's appraisal board: the appraisals of one work-unit branch and year, filtered by status
 * and as you type, the distribution of proposed and confirmed grades, and the commands start, edit,
 * propose, confirm (the selection at once), return, reason and change a confirmed grade.
 * A command is offered only to a role that may use it on the chosen branch (a community secretary
 * evaluates, but neither starts, proposes nor confirms on a work-unit branch), and enabled only when the
 * selected rows' status allows it ({@link AppraisalStatus#next()}); a refusal replaces the last notice.
 * The rules in force are spelt out beside the table, and the chart counts the rows the table holds.
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
    private final ObjectProperty<PartyScope> scope = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper rulesText = new ReadOnlyStringWrapper("");
    private final BooleanBinding branchIsMine;

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
        // the chart counts what the table holds: both change together, whatever changed them
        all.addListener((javafx.collections.ListChangeListener<AppraisalRow>) c -> count());
        branchIsMine = Bindings.createBooleanBinding(() -> branch.get() != null && scope.get() != null
                && scope.get().coversWorkUnitBranch(branch.get().id()), branch, scope);
    }

    /** Edit evaluation is offered to whoever evaluates: a community secretary gives the community score there. */
    public boolean editOffered() {
        return session().can(Permission.APPRAISAL_EVALUATE);
    }

    /** Start and propose: offered to an evaluator on a work-unit branch of their own (all, for the office). */
    public BooleanBinding startOffered() {
        return branchIsMine.and(Bindings.createBooleanBinding(() -> session().can(Permission.APPRAISAL_EVALUATE)));
    }

    /** Confirm, return and reason: offered to a confirmer on a work-unit branch of their own. */
    public BooleanBinding confirmOffered() {
        return branchIsMine.and(Bindings.createBooleanBinding(() -> session().can(Permission.APPRAISAL_CONFIRM)));
    }

    /**
     * The result table: offered on a work-unit branch the session covers, the permission {@code AppraisalReport}
     * checks (a community secretary sees work-unit branches' rows but may not print their table).
     */
    public BooleanBinding printOffered() {
        return branchIsMine.and(branch.isNotNull());
    }

    public boolean overrideOffered() {
        return session().can(Permission.APPRAISAL_OVERRIDE);
    }

    public BooleanBinding canStart() {
        return branch.isNotNull().and(busyProperty().not());
    }

    public BooleanBinding canPropose() {
        return canStart();
    }

    /** The selected appraisal is not locked. */
    public BooleanBinding canEdit() {
        return selectedIs(s -> !s.locked());
    }

    /** Every selected row may be confirmed: all are proposed. */
    public BooleanBinding canConfirm() {
        return Bindings.createBooleanBinding(() -> !selection.isEmpty()
                && selection.stream().allMatch(r -> r.status().canMoveTo(AppraisalStatus.CONFIRMED)), selection)
                .and(busyProperty().not());
    }

    public BooleanBinding canReturn() {
        return selectedIs(s -> s.canMoveTo(AppraisalStatus.RETURNED));
    }

    public BooleanBinding canWriteReason() {
        return selectedIs(s -> !s.locked());
    }

    /** Only a confirmed (locked) grade is changed by the administrator. */
    public BooleanBinding canOverride() {
        return selectedIs(AppraisalStatus::locked);
    }

    private BooleanBinding selectedIs(Predicate<AppraisalStatus> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get().status()),
                selected).and(busyProperty().not());
    }

    /** Reads the branches the session reviews, then the rows of the chosen (else the first) branch. */
    public void load() {
        background(p -> new Start(service.scope(session()), service.workUnitBranches(session())), start -> {
            List<AppraisalBranch> list = start.branches();
            AppraisalBranch keep = branch.get();
            scope.set(start.scope());
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

    private record Start(PartyScope scope, List<AppraisalBranch> branches) {
    }

    private record Loaded(List<AppraisalRow> rows, AppraisalRules rules) {
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
        background(p -> new Loaded(service.rows(session(), b.id(), y), service.rules()), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            rules = loaded.rules();
            rulesText.set(rulesSummary(loaded.rules()));
            all.setAll(loaded.rows());
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        });
    }

    /** Proposed and confirmed counts per grade in use, of the rows the table holds. */
    private void count() {
        Map<Grade, Long> proposed = AppraisalService.distribution(rules,
                all.stream().filter(r -> r.status() == AppraisalStatus.PROPOSED).toList());
        Map<Grade, Long> confirmed = AppraisalService.distribution(rules,
                all.stream().filter(r -> r.status() == AppraisalStatus.CONFIRMED).toList());
        List<GradeCount> counts = new ArrayList<>();
        for (Grade g : rules.grades()) {
            counts.add(new GradeCount(g, proposed.getOrDefault(g, 0L), confirmed.getOrDefault(g, 0L)));
        }
        distribution.setAll(counts);
    }

    /**
     * The rules in force, one per line, for the secretary who decides: the weights of the combined score, each
     * grade's lowest score, the share of 优秀, the cap of a member who never reported, and the reason for 不合格.
     */
    String rulesSummary(AppraisalRules r) {
        List<String> lines = new ArrayList<>();
        lines.add(messages().text("appraisal.rules.weights", r.unitWeight(), r.communityWeight()));
        for (Grade g : r.grades()) {
            if (r.thresholds().containsKey(g) && g != r.lowest()) {
                lines.add(messages().text("appraisal.rules.grade", messages().label(g),
                        r.thresholds().get(g).stripTrailingZeros().toPlainString()));
            }
        }
        if (r.grades().size() > 1) {
            Grade above = r.grades().get(r.grades().size() - 2);
            lines.add(messages().text("appraisal.rules.lowest", messages().label(r.lowest()),
                    r.thresholds().get(above).stripTrailingZeros().toPlainString()));
        }
        if (r.grades().contains(Grade.EXCELLENT)) {
            String share = r.excellentShareNumerator() + "/" + r.excellentShareDenominator();
            lines.add(r.excellentCap() ? messages().text("appraisal.rules.excellentCap", share)
                    : messages().text("appraisal.rules.excellentCapOff"));
        }
        if (r.neverReportedCap()) {
            lines.add(messages().text("appraisal.rules.neverReported",
                    messages().label(GradeProposer.neverReportedCeiling(r))));
        }
        if (r.unqualifiedNeedsReason() && r.grades().contains(Grade.UNQUALIFIED)) {
            lines.add(messages().text("appraisal.rules.unqualifiedReason"));
        }
        return String.join("\n", lines);
    }

    /** The selected row's proposal explained, its reason and the return comment, whole: what the table cuts. */
    public StringBinding detail() {
        return Bindings.createStringBinding(() -> detailOf(selected.get()), selected);
    }

    /** What {@link #detail()} says of one row (the table's tooltip of that row); empty for none. */
    public String detailOf(AppraisalRow r) {
        if (r == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(line("appraisal.col.member", r.member().name() + " · " + messages().label(r.status())));
        if (r.proposedGrade() != null) {
            lines.add(line("appraisal.col.proposed", messages().label(r.proposedGrade())));
        }
        lines.add(line("appraisal.col.rules", explanation(r)));
        lines.add(line("appraisal.col.reason", r.gradeReason()));
        lines.add(line("appraisal.col.returnComment", r.returnComment()));
        return String.join("\n", lines.stream().filter(l -> l != null).toList());
    }

    private String line(String key, String text) {
        return text == null || text.isBlank() ? null : messages().text("appraisal.detail.line", messages().text(key), text);
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
        act(p -> service.start(session(), b.id(), y), n -> messages().text("appraisal.started", n, String.valueOf(y)),
                this::loadRows);
    }

    /** Proposes grades for the evaluated appraisals of the chosen branch and year. */
    public void propose() {
        AppraisalBranch b = branch.get();
        int y = year.get();
        act(p -> service.propose(session(), b.id(), y), n -> messages().text("appraisal.proposed", n), this::loadRows);
    }

    /** Confirms every selected row at once; refused as a whole if one of them may not be confirmed. */
    public void confirmSelection() {
        List<AppraisalRow> shown = List.copyOf(selection);
        act(p -> service.confirm(session(), shown), done -> messages().text("appraisal.confirmed", done.size()),
                this::loadRows);
    }

    /**
     * Before asking to confirm the selection: false, with the reason in the status line, if a selected 不合格
     * proposal has no written reason (the rule the service applies, so the question is not asked in vain).
     */
    public boolean readyToConfirm() {
        setNotice(null);
        List<String> missing = selection.stream().filter(r -> rules.reasonMissing(r.proposedGrade(), r.gradeReason()))
                .map(r -> r.member().name()).toList();
        if (!missing.isEmpty()) {
            setError(messages().text("error.appraisal.reasonMissing", missing));
            return false;
        }
        setError(null);
        return true;
    }

    /** Returns the selected proposal with a comment. */
    public void returnSelected(String comment) {
        AppraisalRow r = selected.get();
        act(p -> service.returnProposal(session(), r.id(), r.version(), comment),
                saved -> messages().text("appraisal.returned", r.member().name()), this::loadRows);
    }

    /** Writes the reason of the selected row's grade. */
    public void setReason(String text) {
        AppraisalRow r = selected.get();
        act(p -> service.setReason(session(), r.id(), r.version(), text),
                saved -> messages().text("appraisal.saved", r.member().name()), this::loadRows);
    }

    /** The administrator changes the selected row's confirmed grade, with a reason. */
    public void changeConfirmedGrade(Grade grade, String reason) {
        AppraisalRow r = selected.get();
        act(p -> service.changeConfirmedGrade(session(), r.id(), r.version(), grade, reason),
                saved -> messages().text("appraisal.saved", r.member().name()), this::loadRows);
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

    @Override
    public ExportCommand exports() {
        return export;
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

    /** The rules in force, one per line (see {@link #rulesSummary}). */
    public ReadOnlyStringProperty rulesTextProperty() {
        return rulesText.getReadOnlyProperty();
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
