package org.dianmifeng.console.aidcase.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseEvent;
import org.dianmifeng.console.aidcase.CasePhoto;
import org.dianmifeng.console.aidcase.CaseReport;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.DueFollowUp;
import org.dianmifeng.console.aidcase.FollowUpState;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.DataChanges;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/**
 * The Dream Room case list: pseudonymised rows for every role, filtered as you type and by status; the selected
 * case's timeline; for a case officer, the selected case's identity after a reveal with a reason (kept until
 * another case is selected) and the identity export of the list.
 */
public final class CaseListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("field.case.code", "field.case.ageBand", "field.child.township",
            "field.child.category", "field.case.status", "field.case.unit", "field.case.team",
            "field.case.referredOn", "field.case.officers", "case.followUpsDue");
    /**
     * The columns the list shows: what tells the cases apart and what needs attention, each readable beside the
     * case's tabs; the overview and the export show every column of {@link #COLUMN_KEYS}.
     */
    static final List<String> LIST_KEYS = List.of("field.case.code", "field.case.status", "field.child.township",
            "case.followUpsDue");
    static final List<String> IDENTITY_KEYS = List.of("field.child.name", "field.child.gender", "field.child.birthDate",
            "field.child.idNumber", "field.child.school", "field.child.schoolGrade", "field.child.community",
            "field.child.address",
            "field.child.guardianName", "field.child.guardianRelation", "field.child.guardianPhone");

    private final AidCaseService cases;
    private final UnitService units;
    private final TeamService teams;
    private final ObservableList<CaseRow> all = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(all);
    private final SortedList<CaseRow> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<AidCaseStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    /** The id of the case whose work the screen shows: kept while the list reloads, so the work stays open. */
    private final ReadOnlyObjectWrapper<Long> workCase = new ReadOnlyObjectWrapper<>();
    private boolean reloading;
    private final ObjectProperty<Child> identity = new SimpleObjectProperty<>();
    /** Whether the last command was given in the identity part of the overview (reveal, edit child, consent). */
    private final javafx.beans.property.BooleanProperty aboutIdentity = new javafx.beans.property.SimpleBooleanProperty();
    private final BooleanBinding canChangeCase;
    private final BooleanBinding canReveal;
    private final BooleanBinding canEditIdentity;
    private final BooleanBinding canSaveConsent;
    private final javafx.beans.binding.StringBinding whyNoIdentityCommand;
    private final javafx.beans.binding.StringBinding whyNoConsentSave;
    private final ObservableList<CaseEvent> events = FXCollections.observableArrayList();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<Unit> unitChoices = List.of();
    private List<TeamRow> teamChoices = List.of();
    private final CaseWorkService work;
    private final CaseReport reports;
    /** The worst state of each case's open follow-ups that need attention: overdue, or due this week. */
    private volatile Map<Long, FollowUpState> due = Map.of();
    private List<Account> officerChoices = List.of();

    public CaseListViewModel(UiContext ctx, AidCaseService cases, CaseWorkService work, CaseReport reports,
                             UnitService units, TeamService teams) {
        super(ctx);
        this.cases = cases;
        this.work = work;
        this.reports = reports;
        this.units = units;
        this.teams = teams;
        filter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                identity.set(null);
                loadEvents(b);
            }
            if (!reloading) {
                workCase.set(b == null ? null : b.id());
            }
        });
        onChange(DataChanges.CASES, this::load);
        BooleanBinding none = selected.isNull().or(busyProperty());
        canChangeCase = none.not();
        canReveal = none.or(identity.isNotNull()).not();
        canEditIdentity = none.or(identity.isNull()).not();
        canSaveConsent = Bindings.createBooleanBinding(() -> canEditIdentity.get()
                && identity.get().consentDocName() != null, canEditIdentity, identity);
        whyNoIdentityCommand = Bindings.createStringBinding(() -> selected.get() == null
                ? messages().text("case.why.noCase") : identity.get() == null ? messages().text("case.why.revealFirst")
                : "", selected, identity);
        whyNoConsentSave = Bindings.createStringBinding(() -> !whyNoIdentityCommand.get().isEmpty()
                ? whyNoIdentityCommand.get() : identity.get().consentDocName() == null
                ? messages().text("case.why.noConsentDoc") : "", whyNoIdentityCommand, identity);
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        AidCaseStatus status = statusFilter.get();
        filtered.setPredicate(r -> (status == null || r.status() == status) && Texts.anyContains(text, r.code(),
                r.township(), r.unitName(), r.teamName(), messages().label(r.status())));
    }

    public boolean canEdit() {
        return session().can(Permission.CASE_EDIT);
    }

    public boolean maySeeIdentity() {
        return cases.maySeeIdentity(session());
    }

    private record Loaded(List<CaseRow> rows, List<Unit> units, List<TeamRow> teams, List<Account> officers,
                          Map<Long, FollowUpState> due) {
    }

    private static Map<Long, FollowUpState> worst(List<DueFollowUp> dueSoon) {
        Map<Long, FollowUpState> out = new HashMap<>();
        dueSoon.forEach(d -> out.merge(d.caseId(), d.state(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return out;
    }

    /** Overdue or due this week: how the list marks a case whose follow-ups need attention (null if none). */
    public FollowUpState dueState(CaseRow row) {
        return row == null ? null : due.get(row.id());
    }

    public void load() {
        boolean edit = canEdit();
        background(p -> new Loaded(cases.list(session()), edit ? units.all(session()) : List.of(),
                edit ? teams.list(session()) : List.of(), edit ? cases.officers(session()) : List.of(),
                worst(work.dueSoon(session()))), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            Child shownIdentity = identity.get();
            unitChoices = loaded.units();
            teamChoices = loaded.teams();
            officerChoices = loaded.officers();
            due = loaded.due();
            reloading = true;
            CaseRow again;
            try {
                all.setAll(loaded.rows());
                again = keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
                selected.set(again);
            } finally {
                reloading = false;
            }
            workCase.set(again == null ? null : again.id());
            if (again != null) {
                identity.set(shownIdentity);
                loadEvents(again);
            }
        });
    }

    private void loadEvents(CaseRow row) {
        if (row == null) {
            events.clear();
            return;
        }
        background(p -> cases.history(session(), row.id()), events::setAll);
    }

    /**
     * A command given in the identity part of the overview or elsewhere: what the last one said goes, and what this
     * one says shows in its part ({@link #aboutIdentityProperty}).
     */
    private void startIn(boolean identityPart) {
        aboutIdentity.set(identityPart);
        clearStatus();
    }

    /** Whether the status is about the identity part (it shows beside its buttons), else about the list and its case. */
    public javafx.beans.binding.BooleanExpression aboutIdentityProperty() {
        return aboutIdentity;
    }

    /** Shows the selected case's identity, for a case officer giving a reason; logged by the service. */
    public void reveal(String reason) {
        CaseRow row = selected.get();
        startIn(true);
        background(p -> cases.reveal(session(), row.id(), reason), revealed -> {
            if (selected.get() != null && selected.get().id() == revealed.id()) {
                identity.set(revealed.identity());
            }
            changed(DataChanges.CASES); // the identity access log has a new line
        });
    }

    public CaseFormViewModel referralForm() {
        startIn(false);
        return new CaseFormViewModel(ctx, cases, CaseFormViewModel.Mode.REFERRAL, null, null, unitChoices, teamChoices,
                officerChoices, this::afterSaved);
    }

    public CaseFormViewModel editCaseForm() {
        startIn(false);
        return new CaseFormViewModel(ctx, cases, CaseFormViewModel.Mode.CASE, selected.get(), null, unitChoices,
                teamChoices, officerChoices, this::afterSaved);
    }

    /** The form of the revealed child's identity (a case officer's edit). */
    public CaseFormViewModel editChildForm() {
        startIn(true);
        return new CaseFormViewModel(ctx, cases, CaseFormViewModel.Mode.CHILD, selected.get(), identity.get(),
                unitChoices, teamChoices, officerChoices, code -> {
                    identity.set(null);
                    afterSaved(code);
                });
    }

    public MoveFormViewModel moveForm() {
        startIn(false);
        return new MoveFormViewModel(ctx, cases, selected.get(), List.copyOf(events), this::afterSaved);
    }

    private void afterSaved(String code) {
        setNotice(messages().text("notice.saved", code));
        changed(DataChanges.CASES);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<String> listHeaders() {
        return LIST_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** The cells of {@link #LIST_KEYS}, as {@link #cells} has them. */
    public List<Object> listCells(CaseRow r) {
        List<Object> all = cells(r);
        return LIST_KEYS.stream().map(k -> all.get(COLUMN_KEYS.indexOf(k))).toList();
    }

    public List<Object> cells(CaseRow r) {
        return Arrays.asList(r.code(), r.ageBand() == null ? null : messages().label(r.ageBand()), r.township(),
                messages().label(r.category()), messages().label(r.status()), r.unitName(),
                r.teamName(), r.referredOn(), r.officerNames(messages()), dueState(r) == null ? null : messages().label(dueState(r)));
    }

    private List<Object> identityCells(CaseRow r) {
        Child c = r.identity();
        List<Object> cells = new java.util.ArrayList<>(cells(r));
        cells.addAll(Arrays.asList(c.name(), messages().label(c.gender()), c.birthDate(), c.idNumber(), c.school(),
                c.schoolGrade(), c.community(), c.address(), c.guardianName(), c.guardianRelation(), c.guardianPhone()));
        return cells;
    }

    /** The pseudonymised export of what the list shows. */
    public Job export(Path out) {
        startIn(false);
        return export.run(out, messages().text("case.export.title"), ExportCommand.columns(columnHeaders(), this::cells),
                shown);
    }

    /**
     * Attaches the scanned guardian consent in {@code file} to the selected case's child (a case officer): the notice
     * names the file, a refusal (type, size, permission) says why. No more than the largest document allowed
     * is read, so that a huge file is refused without filling the memory.
     */
    public void attachConsent(Path file) {
        CaseRow row = selected.get();
        String name = file.getFileName().toString();
        startIn(true);
        background(p -> {
            byte[] content;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(CasePhoto.BYTES_MAX + 1);
            }
            cases.attachConsentDocument(session(), row.id(), name, content);
            return row.code();
        }, code -> {
            if (identity.get() != null && selected.get() != null && selected.get().id() == row.id()) {
                identity.set(identity.get().withConsentDocName(name));
            }
            setNotice(messages().text("case.consent.attached", code, name));
            changed(DataChanges.CASES);
        });
    }

    /** Saves the selected case's scanned consent to {@code out}; reading it is logged with the reason. */
    public void saveConsent(Path out, String reason) {
        CaseRow row = selected.get();
        startIn(true);
        background(p -> {
            Files.write(out, cases.consentDocument(session(), row.id(), reason));
            return out;
        }, saved -> {
            setNotice(messages().text("case.consent.saved", saved.toAbsolutePath().toString()));
            changed(DataChanges.CASES); // the identity access log has a new line
        });
    }

    /** The print-ready case register (梦想小屋帮扶个案登记表) of every case, pseudonymised. */
    public Job printRegister(Path out) {
        startIn(false);
        return export.write(out, p -> reports.register(session(), out, messages(), p).cases());
    }

    /** A case officer's printable summary of the selected case with the child's identity; logged with the reason. */
    public Job printSummary(Path out, String reason) {
        startIn(false);
        long caseId = selected.get().id();
        return export.write(out, p -> reports.summary(session(), caseId, reason, out, messages(), p).cases());
    }

    /**
     * A case officer's export of the cases the list shows with identities: logged with the reason, the file's
     * first row saying that it holds personal data of minors.
     */
    public Job exportIdentities(Path out, String reason) {
        startIn(false);
        List<Long> ids = shown.stream().map(CaseRow::id).toList();
        List<String> headers = new java.util.ArrayList<>(columnHeaders());
        IDENTITY_KEYS.forEach(k -> headers.add(messages().text(k)));
        List<ListExport.Column<CaseRow>> columns = ExportCommand.columns(headers, this::identityCells);
        String title = messages().text("case.identityExport.title");
        return export.write(out, p -> {
            List<CaseRow> rows = cases.identityExport(session(), ids, reason);
            ListExport.write(out, title, columns, rows, p);
            return rows.size();
        });
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<AidCaseStatus> statusFilterProperty() {
        return statusFilter;
    }

    public SortedList<CaseRow> rows() {
        return shown;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    /** The selected case's child with identity, null unless revealed. */
    public ReadOnlyObjectProperty<Child> identityProperty() {
        return identity;
    }

    public ObservableList<CaseEvent> events() {
        return events;
    }

    /** The id of the case whose work shows; it changes with the selection, not while the list reloads. */
    public ReadOnlyObjectProperty<Long> workCaseProperty() {
        return workCase.getReadOnlyProperty();
    }

    /** A case is selected and nothing runs: edit and move. */
    public BooleanBinding canChangeCase() {
        return canChangeCase;
    }

    /** A case is selected, nothing runs and its identity is not shown yet. */
    public BooleanBinding canReveal() {
        return canReveal;
    }

    /** The selected case's identity is shown (revealed) and nothing runs: edit the child, upload the consent. */
    public BooleanBinding canEditIdentity() {
        return canEditIdentity;
    }

    /** As {@link #canEditIdentity}, and a scanned consent was uploaded. */
    /** Why the child's edit and the consent's upload cannot be used now (no case, identity not shown), else empty. */
    public javafx.beans.binding.StringBinding whyNoIdentityCommand() {
        return whyNoIdentityCommand;
    }

    /** Why the consent cannot be saved now (as {@link #whyNoIdentityCommand}, or none uploaded), else empty. */
    public javafx.beans.binding.StringBinding whyNoConsentSave() {
        return whyNoConsentSave;
    }

    public BooleanBinding canSaveConsent() {
        return canSaveConsent;
    }
}
