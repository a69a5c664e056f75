package org.dianmifeng.console.imports.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.imports.ColumnMapping;
import org.dianmifeng.console.imports.DuplicatePolicy;
import org.dianmifeng.console.imports.ImportOptions;
import org.dianmifeng.console.imports.ImportPlan;
import org.dianmifeng.console.imports.ImportRecord;
import org.dianmifeng.console.imports.ImportRow;
import org.dianmifeng.console.imports.ImportService;
import org.dianmifeng.console.imports.ImportColumn;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.imports.ImportedHonour;
import org.dianmifeng.console.imports.ImportedHours;
import org.dianmifeng.console.imports.ImportedPartyMember;
import org.dianmifeng.console.imports.ImportedTeamMember;
import org.dianmifeng.console.imports.MissingColumnsException;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.imports.RowError;
import org.dianmifeng.console.imports.RowStatus;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The import screen (导入名册): choose what to import (people, team members, party members, honours, activity rosters:
 * the kinds the user may import) and a file, see how its columns map (and change it), the preview of every row
 * (filtered by status) and its errors, then import with a progress bar; below, the history of imports with undo.
 * Nothing is written before {@link #importNow}; the import is refused while rows are in error unless only the valid
 * rows were asked for.
 */
public final class ImportViewModel extends ViewModel {
    /** One line of the mapping: a field of the register and the file's column that fills it (-1: none). */
    public record MappingLine(ImportColumn column, int index) {
    }

    private final ImportService imports;
    /** The area the activities' lists reload on (as activity.ui names it: screens' areas do not import each other). */
    private static final String ACTIVITIES = "activities";
    private final List<ImportKind> kinds;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<DuplicatePolicy> policy = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final BooleanProperty validOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty matchByNameAndBirth = new SimpleBooleanProperty(false);
    private final java.util.Set<Integer> confirmed = new java.util.TreeSet<>();
    private final ObjectProperty<RowStatus> statusFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ImportRow> filtered = new FilteredList<>(rows);
    private final SortedList<ImportRow> sorted = new SortedList<>(filtered);
    private final ObservableList<RowError> errors = FXCollections.observableArrayList();
    private final ObservableList<MappingLine> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<ImportRecord> history = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRecord> selectedImport = new SimpleObjectProperty<>();
    /** The mapping of a file read whose header lacks a required column: shown so those fields can be assigned. */
    private final ReadOnlyObjectWrapper<ColumnMapping> incomplete = new ReadOnlyObjectWrapper<>();
    /** Whether the last reading of the file chosen was refused (it has no preview then). */
    private final SimpleBooleanProperty unread = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;
    private final StringBinding whyNotImport;
    private final StringBinding whyNoErrorReport;

    public ImportViewModel(UiContext ctx, ImportService imports) {
        super(ctx);
        this.imports = imports;
        this.kinds = ImportKind.allowed(session());
        kind.set(kinds.isEmpty() ? ImportKind.PEOPLE : kinds.get(0));
        statusFilter.addListener((o, a, b) -> filtered.setPredicate(b == null ? null : r -> r.status() == b));
        policy.addListener((o, a, b) -> previewAgain());
        matchByNameAndBirth.addListener((o, a, b) -> {
            confirmed.clear();
            previewAgain();
        });
        kind.addListener((o, a, b) -> {
            // another kind reads the file's columns afresh
            show(null);
            if (file.get() != null) {
                preview(options());
            }
        });
        canImport = Bindings.createBooleanBinding(() -> {
            ImportPlan p = plan.get();
            return p != null && !busyProperty().get() && p.changesAnything()
                    && (p.count(RowStatus.ERROR) == 0 || validOnly.get());
        }, plan, busyProperty(), validOnly);
        // why 导入 and 下载错误报告 are greyed out, from the same state as the conditions that enable them
        whyNotImport = Bindings.createStringBinding(this::whyNotImport, plan, busyProperty(), validOnly, job,
                incomplete, unread, file);
        whyNoErrorReport = Bindings.createStringBinding(this::whyNoErrorReport, plan, errors, job, incomplete,
                unread, file);
    }

    /** Why 导入 cannot be pressed ({@link #canImportProperty}); empty when it can. */
    private String whyNotImport() {
        ImportPlan p = plan.get();
        if (job.get() != null) {
            return messages().text("importScreen.why.running");
        }
        if (busyProperty().get()) {
            return messages().text("importScreen.why.busy");
        }
        if (p == null) {
            return whyNotRead();
        }
        int inError = p.count(RowStatus.ERROR);
        if (inError > 0 && !validOnly.get()) {
            return messages().text("importScreen.why.rowsInError", inError,
                    messages().text("importScreen.validOnly"));
        }
        if (!p.changesAnything()) {
            return messages().text("importScreen.why.nothingToChange");
        }
        return "";
    }

    /** Why 下载错误报告 cannot be pressed (the file read has no row in error); empty when it can. */
    private String whyNoErrorReport() {
        if (!errors.isEmpty()) {
            return "";
        }
        if (plan.get() == null) {
            return job.get() != null ? messages().text("importScreen.why.running") : whyNotRead();
        }
        return messages().text("importScreen.why.noErrors");
    }

    /** Why there is no preview: no file opened, a required column not yet assigned, or the file refused. */
    private String whyNotRead() {
        ColumnMapping m = incomplete.get();
        if (m != null) {
            return messages().text("importScreen.why.missingColumns", String.join("、",
                    m.missing().stream().map(c -> messages().text("field." + c.field())).toList()));
        }
        return file.get() != null && unread.get() ? messages().text("importScreen.why.notRead")
                : messages().text("importScreen.why.noFile");
    }

    /** Reads the history of imports. */
    public void load() {
        background(p -> imports.history(session()), history::setAll);
    }

    /** Previews a file: its columns found from the headers. */
    public Job choose(Path chosen) {
        file.set(chosen);
        confirmed.clear();
        return preview(ImportOptions.DEFAULT.withPolicy(policy.get()));
    }

    /** The file's column {@code index} (-1: none) fills {@code column}: previewed again with that mapping. */
    public Job remap(ImportColumn column, int index) {
        ColumnMapping shown = shownMapping();
        if (shown == null) {
            return null;
        }
        Map<ImportColumn, Integer> chosen = new LinkedHashMap<>();
        chosen.putAll(shown.columns());
        chosen.remove(column);
        if (index >= 0) {
            chosen.put(column, index);
        }
        return preview(options().withMapping(shown.with(chosen)));
    }

    /**
     * The mapping the panel shows: the preview's, or that of a file read whose header lacks a required column
     * (assigning the missing fields previews it); null when no file was read.
     */
    private ColumnMapping shownMapping() {
        ImportPlan p = plan.get();
        return p != null ? p.mapping() : incomplete.get();
    }

    private void previewAgain() {
        if (file.get() != null) {
            ColumnMapping shown = shownMapping();
            preview(shown == null ? options() : options().withMapping(shown));
        }
    }

    private ImportOptions options() {
        return ImportOptions.DEFAULT.withPolicy(policy.get()).withValidRowsOnly(validOnly.get())
                .withMatchByNameAndBirth(matchByNameAndBirth.get()).withConfirmedRows(confirmed);
    }

    /**
     * Confirms the matches by name and birth date of these rows (the user ticked them; other rows are ignored): the
     * file is previewed again, those rows now decided as rows of the matched people. Nothing is written before
     * {@link #importNow}.
     */
    public Job confirmMatches(List<ImportRow> chosen) {
        boolean any = false;
        for (ImportRow r : chosen) {
            if (r.status() == RowStatus.TO_CONFIRM) {
                any |= confirmed.add(r.row());
            }
        }
        if (!any) {
            return null;
        }
        ColumnMapping shown = shownMapping();
        return preview(shown == null ? options() : options().withMapping(shown));
    }

    private Job preview(ImportOptions options) {
        Path chosen = file.get();
        ImportKind k = kind.get();
        setNotice(null);
        return tracked(job, p -> imports.preview(session(), k, chosen, options, p), this::show, this::refused);
    }

    /**
     * The file could not be previewed: nothing shows but the reason in the status line, except for a header that
     * lacks a required column, whose columns still show in the mapping so the missing fields can be assigned.
     */
    private void refused(Throwable e) {
        show(null);
        unread.set(true);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MissingColumnsException missing) {
                incomplete.set(missing.mapping());
                showMapping(missing.mapping());
                return;
            }
        }
    }

    private void show(ImportPlan p) {
        plan.set(p);
        incomplete.set(null);
        unread.set(false);
        rows.setAll(p == null ? List.of() : p.rows());
        errors.setAll(p == null ? List.of() : p.errors());
        showMapping(p == null ? null : p.mapping());
        summary.set(p == null ? "" : summaryOf(p));
    }

    /** The mapping panel's lines: each field of the kind and the file's column that fills it (none: cleared). */
    private void showMapping(ColumnMapping m) {
        headers.setAll(m == null ? List.of() : m.headers());
        List<MappingLine> lines = new ArrayList<>();
        if (m != null) {
            for (ImportColumn c : m.kind().columns()) {
                Integer i = m.columns().get(c);
                lines.add(new MappingLine(c, i == null ? -1 : i));
            }
        }
        mapping.setAll(lines);
    }

    private String summaryOf(ImportPlan p) {
        String counts = messages().text("importScreen.summary", p.fileName(), p.sheetName(), p.rows().size(),
                p.count(RowStatus.NEW), p.count(RowStatus.UPDATE), p.count(RowStatus.UNCHANGED),
                p.count(RowStatus.SKIPPED), p.count(RowStatus.ERROR));
        String matches = p.count(RowStatus.TO_CONFIRM) > 0
                ? counts + " " + messages().text("importScreen.toConfirm", p.count(RowStatus.TO_CONFIRM)) : counts;
        String sheets = p.sheets() > 1 ? matches + " " + messages().text("importScreen.firstSheet", p.sheets()) : matches;
        return p.importedBefore().map(r -> sheets + " " + messages().text("importScreen.importedBefore",
                r.importedAt().toLocalDate(), r.username())).orElse(sheets);
    }

    /** Imports the file previewed: a backup first, then every row or none (or only the valid ones, if chosen). */
    public Job importNow() {
        ImportPlan p = plan.get();
        if (p == null || !canImport.get()) {
            return null;
        }
        Path chosen = file.get();
        ImportKind k = p.mapping().kind();
        ImportOptions options = options().withMapping(p.mapping());
        setNotice(null);
        return tracked(job, progress -> imports.run(session(), k, chosen, options, progress), done -> {
            setNotice(messages().text("importScreen.done", done.added(), done.updated(), done.fileName()));
            changed(area(k));
            show(null);
            load();
        }, e -> { });
    }

    /** Undoes the import chosen in the history. */
    public void undo() {
        ImportRecord chosen = selectedImport.get();
        if (chosen == null) {
            return;
        }
        act(p -> imports.undo(session(), chosen.id()), undone -> {
            changed(area(undone.kind()));
            return messages().text("importScreen.undone", undone.fileName(), undone.added(), undone.updated());
        }, this::load);
    }

    /** Writes the error report of the file previewed. */
    public Job writeErrorReport(Path out) {
        ImportPlan p = plan.get();
        Path chosen = file.get();
        if (p == null) {
            return null;
        }
        setNotice(null);
        return tracked(job, progress -> {
            imports.errorReport(session(), chosen, p, out, messages(), progress);
            return out;
        }, written -> setNotice(messages().text("importScreen.errorReportWritten", written)), e -> { });
    }

    /** Asks the work running (a preview, an import, a report) to stop at its next check; the import's transaction is rolled back. */
    public void cancel() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** The area whose lists reload after an import of a kind ({@link #changed}). */
    private static String area(ImportKind k) {
        return switch (k) {
            case PEOPLE -> "people";
            case ACTIVITY_ROSTER -> ACTIVITIES;
            default -> k.command();
        };
    }

    /** Writes the template of the kind of import chosen, for the office to fill. */
    public Job writeTemplate(Path out) {
        ImportKind k = kind.get();
        setNotice(null);
        return tracked(job, progress -> {
            imports.template(session(), k, out, messages(), progress);
            return out;
        }, written -> setNotice(messages().text("importScreen.templateWritten", written)), e -> { });
    }

    // ---------------------------------------------------------------- what the view shows

    /** The preview's columns for the kind chosen: people show birth date and mobile, other kinds what the row records. */
    public List<String> previewHeaders() {
        List<String> middle = kind.get() == ImportKind.PEOPLE
                ? List.of(messages().text("field.person.birthDate"), messages().text("field.person.mobile"))
                : List.of(messages().text("importScreen.preview.record"));
        List<String> out = new ArrayList<>(List.of(messages().text("import.column.row"),
                messages().text("importScreen.status"), messages().text(kind.get() == ImportKind.HONOURS
                        ? "field.honour.recipient" : "field.person.name"), messages().text("field.person.idNumber")));
        out.addAll(middle);
        out.add(messages().text("import.column.errors"));
        return out;
    }

    /** A row of the preview; ID numbers, birth dates and mobiles as the role may see them (importers see them whole). */
    public List<Object> previewCells(ImportRow r) {
        var role = session().role();
        String errorText = String.join("；", r.errors().stream()
                .map(e -> e.column(messages()) + "：" + e.message(messages())).toList());
        if (r.record() instanceof Person person) {
            return List.of(r.row(), messages().label(r.status()), nz(person.name()),
                    nz(Masking.idNumber(role, person.idNumber())),
                    person.birthDate() == null ? "" : String.valueOf(Masking.birth(role, person.birthDate())),
                    nz(Masking.phone(role, person.mobile())), errorText);
        }
        String name = "";
        String id = null;
        String record = "";
        if (r.record() instanceof ImportedTeamMember m) {
            name = m.name();
            id = m.idNumber();
            record = details(m.team(), m.member().role() == null ? null : messages().label(m.member().role()),
                    m.member().joinedOn());
        } else if (r.record() instanceof ImportedPartyMember m) {
            name = m.name();
            id = m.idNumber();
            record = details(m.branch(), m.member().joinedOn(), m.member().fullOn(),
                    m.enrolment() == null ? null : m.community() + " / " + m.grid());
        } else if (r.record() instanceof ImportedHours h) {
            name = h.name();
            id = h.idNumber();
            record = details(h.activity() == null ? null : h.activity().summary(),
                    h.hours().hours() == null ? null : Hours.shown(h.hours().hours()),
                    h.hours().late() ? messages().text("field.hours.late") + " " + h.hours().lateReason() : null,
                    h.team(), h.volunteerNo());
        } else if (r.record() instanceof ImportedHonour h) {
            name = h.recipient();
            record = details(h.honour().year(), h.honour().title(),
                    h.honour().level() == null ? null : messages().label(h.honour().level()), h.honour().awardedBy());
        }
        return List.of(r.row(), messages().label(r.status()), nz(name), nz(Masking.idNumber(role, id)), record,
                errorText);
    }

    /** The parts of a row's record that it has, joined by " · ". */
    private static String details(Object... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull)
                .map(String::valueOf).toList());
    }

    public List<String> historyHeaders() {
        return List.of(messages().text("importScreen.history.at"), messages().text("importScreen.history.user"),
                messages().text("importScreen.history.file"), messages().text("importScreen.history.rows"),
                messages().text("importScreen.history.added"), messages().text("importScreen.history.updated"),
                messages().text("importScreen.history.failed"), messages().text("importScreen.history.undone"),
                messages().text("importScreen.history.checksum"));
    }

    public List<Object> historyCells(ImportRecord r) {
        return List.of(r.importedAt(), r.username(), r.fileName(), r.rows(), r.added(), r.updated(), r.failed(),
                r.undone() ? messages().text("importScreen.history.undoneBy", r.undoneBy(), r.undoneAt().toLocalDate()) : "",
                r.checksum().substring(0, 12));
    }

    /** The file's headers as the mapping's choices show them: "B 联系电话". */
    public String headerChoice(int index) {
        if (index < 0 || index >= headers.size()) {
            return messages().text("importScreen.mapping.none");
        }
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index) + " " + headers.get(index);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The kinds the user may import, offered in this order (a team leader: rosters only). */
    public List<ImportKind> kinds() {
        return kinds;
    }

    /** What the file is imported as: the columns, rules and template follow it. */
    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    /** Whether people rows without an ID number are matched by name and birth date, for the user to confirm. */
    public BooleanProperty matchByNameAndBirthProperty() {
        return matchByNameAndBirth;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<DuplicatePolicy> policyProperty() {
        return policy;
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    public ObjectProperty<RowStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public SortedList<ImportRow> rows() {
        return sorted;
    }

    public ObservableList<RowError> errors() {
        return errors;
    }

    public ObservableList<MappingLine> mapping() {
        return mapping;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<ImportRecord> history() {
        return history;
    }

    public ObjectProperty<ImportRecord> selectedImportProperty() {
        return selectedImport;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Why 导入 is greyed out (no file read, columns to assign, rows in error, nothing to change, work running). */
    public StringBinding whyNotImportProperty() {
        return whyNotImport;
    }

    /** Why 下载错误报告 is greyed out (no file read, or the file read has no row in error). */
    public StringBinding whyNoErrorReportProperty() {
        return whyNoErrorReport;
    }
}
