package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.EnrolmentRow;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.PersonService;

/**
 * The party members tab: the members the session may see, filtered as you type over name, unit and
 * branch, by branch and by whether they are enrolled; the enrolment history of the selected member;
 * the commands add, edit, remove, enrol, move and end enrolment.
 */
public final class MemberListViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the member columns, in the order of {@link #cells(MemberRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.person.name", "field.person.unit", "field.member.branch",
            "field.person.politicalStatus", "field.member.joinedOn", "field.member.fullOn", "org.col.community",
            "org.col.grid", "field.enrolment.role", "field.enrolment.reportedOn");
    /** Bundle keys of the history columns, in the order of {@link #historyCells(EnrolmentRow)}. */
    static final List<String> HISTORY_KEYS = List.of("org.col.community", "org.col.grid", "field.enrolment.role",
            "field.enrolment.reportedOn", "field.enrolment.endedOn", "field.enrolment.specialties",
            "field.enrolment.preferences", "org.col.status");

    /** The enrolment filter: every member, the enrolled ones, or those not enrolled. */
    public enum Enrolled { ALL, YES, NO }

    private final OrganisationService org;
    private final PersonService people;
    private final ObservableList<MemberRow> all = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> filtered = new FilteredList<>(all);
    private final SortedList<MemberRow> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<BranchRow> branchFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Enrolled> enrolledFilter = new SimpleObjectProperty<>(Enrolled.ALL);
    private final ObjectProperty<MemberRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<BranchRow> branches = FXCollections.observableArrayList();
    private final ObservableList<EnrolmentRow> history = FXCollections.observableArrayList();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<CommunityRow> communities = List.of();
    private List<GridRow> grids = List.of();

    public MemberListViewModel(UiContext ctx, OrganisationService org, PersonService people) {
        super(ctx);
        this.org = org;
        this.people = people;
        filter.addListener((o, a, b) -> refilter());
        branchFilter.addListener((o, a, b) -> refilter());
        enrolledFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            if (!Objects.equals(a == null ? null : a.id(), b == null ? null : b.id())) {
                history.clear();
                if (b != null) {
                    loadHistory(b);
                }
            }
        });
    }

    public boolean canEdit() {
        return session().can(Permission.PARTY_ORGANISE);
    }

    /** Edit and remove: a member is selected. */
    public BooleanBinding canChange() {
        return selected.isNotNull().and(busyProperty().not());
    }

    /** Enrol in a grid: the selected member is not enrolled now. */
    public BooleanBinding canEnrol() {
        return selectedIs(r -> !r.enrolled());
    }

    /** Move and end: the selected member is enrolled now. */
    public BooleanBinding canMoveOrEnd() {
        return selectedIs(MemberRow::enrolled);
    }

    private BooleanBinding selectedIs(java.util.function.Predicate<MemberRow> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()), selected)
                .and(busyProperty().not());
    }

    private record Loaded(List<MemberRow> members, List<BranchRow> branches, List<CommunityRow> communities,
                          List<GridRow> grids, List<EnrolmentRow> history) {
    }

    /**
     * Reads the members, branches, communities, grids and the selected member's enrolments again in one
     * background read, keeping the selection and the branch filter. The first time, for a session that sees the
     * whole organisation, its first {@value #FIRST_LINES} members show before.
     */
    public void load() {
        if (!all.isEmpty()) {
            reload(() -> { });
            return;
        }
        background(p -> org.firstMembers(session(), FIRST_LINES), first -> {
            if (all.isEmpty()) {
                all.setAll(first);
            }
            reload(() -> { });
        });
    }

    /** Members shown before the list is read whole: as many as fill a tall window twice. */
    static final int FIRST_LINES = 100;

    /** {@link #load()}, then {@code then} once the rows are shown. */
    private void reload(Runnable then) {
        Long keep = selected.get() == null ? null : selected.get().id();
        background(p -> {
            List<MemberRow> members = org.members(session());
            boolean kept = keep != null && members.stream().anyMatch(r -> r.id() == keep);
            return new Loaded(members, org.branches(session()), org.communities(session()), org.grids(session(), null),
                    kept ? org.enrolments(session(), keep) : List.of());
        }, loaded -> {
            Long keepBranch = branchFilter.get() == null ? null : branchFilter.get().id();
            communities = loaded.communities();
            grids = loaded.grids();
            branches.setAll(loaded.branches());
            branchFilter.set(branches.stream().filter(b -> Objects.equals(b.id(), keepBranch)).findFirst().orElse(null));
            all.setAll(loaded.members());
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
            if (selected.get() != null) {
                history.setAll(loaded.history());
            }
            then.run();
        });
    }

    private void loadHistory(MemberRow member) {
        background(p -> org.enrolments(session(), member.id()), rows -> {
            if (selected.get() != null && selected.get().id() == member.id()) {
                history.setAll(rows);
            }
        });
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        BranchRow branch = branchFilter.get();
        Enrolled enrolled = enrolledFilter.get() == null ? Enrolled.ALL : enrolledFilter.get();
        filtered.setPredicate(row -> (branch == null || row.branchId() == branch.id()
                        || (branch.branch().communityId() != null
                        && branch.branch().communityId().equals(row.communityId())))
                && (enrolled == Enrolled.ALL || row.enrolled() == (enrolled == Enrolled.YES))
                && (text == null
                || Texts.containsIgnoreCase(row.name(), text)
                || Texts.containsIgnoreCase(row.unitName(), text)
                || Texts.containsIgnoreCase(row.branchName(), text)));
    }

    public MemberFormViewModel newMemberForm() {
        return new MemberFormViewModel(ctx, org, people, branches, null, this::afterSaved);
    }

    public MemberFormViewModel editMemberForm() {
        return new MemberFormViewModel(ctx, org, people, branches, selected.get(), this::afterSaved);
    }

    /** The form that enrols the selected member, or moves their active enrolment when they have one. */
    public EnrolmentFormViewModel enrolmentForm() {
        MemberRow member = selected.get();
        EnrolmentRow active = !member.enrolled() ? null : history.stream().filter(e -> e.enrolment().active())
                .findFirst().orElseGet(() -> new EnrolmentRow(new Enrolment(member.enrolmentId(), member.id(),
                        member.gridId(), member.reportedOn(), member.gridRole(), null, null, null, null),
                        member.communityId(), member.communityName(), member.gridName()));
        return new EnrolmentFormViewModel(ctx, org, member, active, communities, grids, this::afterSaved);
    }

    private void afterSaved(String name) {
        setNotice(messages().text("notice.saved", name));
        load();
    }

    public void removeMember() {
        MemberRow member = selected.get();
        act(p -> {
            org.removeMember(session(), member.member());
            return member;
        }, removed -> messages().text("notice.deleted", removed.name()), this::reload);
    }

    /** Ends the selected member's active enrolment on {@code date}. */
    public void endEnrolment(LocalDate date) {
        MemberRow member = selected.get();
        act(p -> org.endEnrolment(session(), member.enrolmentId(), date),
                ended -> messages().text("org.enrolment.endedNotice", member.name()), this::reload);
    }

    public LocalDate today() {
        return org.today();
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** One row of the member list as its cells show it, in the order of {@link #columnHeaders()}. */
    public List<Object> cells(MemberRow r) {
        return Arrays.asList(r.name(), r.unitName(), r.branchName(), messages().label(r.politicalStatus()),
                r.joinedOn(), r.fullOn(), r.enrolled() ? r.communityName() : messages().text("org.member.notEnrolled"),
                r.gridName(), r.gridRole() == null ? null : messages().label(r.gridRole()), r.reportedOn());
    }

    public List<String> historyHeaders() {
        return HISTORY_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> historyCells(EnrolmentRow r) {
        return Arrays.asList(r.communityName(), r.gridName(), messages().label(r.enrolment().gridRole()),
                r.enrolment().reportedOn(), r.enrolment().endedOn(), r.enrolment().specialties(),
                r.enrolment().preferences(),
                messages().text(r.enrolment().active() ? "org.enrolment.active" : "org.enrolment.ended"));
    }

    /** Writes exactly the members the list shows, with its columns, to an .xlsx file in the background. */
    public Job export(Path out) {
        return export.run(out, messages().text("org.member.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public SortedList<MemberRow> rows() {
        return shown;
    }

    public ObservableList<BranchRow> branches() {
        return branches;
    }

    public ObservableList<EnrolmentRow> history() {
        return history;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<BranchRow> branchFilterProperty() {
        return branchFilter;
    }

    public ObjectProperty<Enrolled> enrolledFilterProperty() {
        return enrolledFilter;
    }

    public ObjectProperty<MemberRow> selectedProperty() {
        return selected;
    }
}
