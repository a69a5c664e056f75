package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.Feedback;
import org.dianmifeng.console.party.PartyScope;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.party.TimelineEntry;
import org.dianmifeng.console.party.WorkRecord;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.TreeBranches;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.UiContext;

/**
 * The members tab of the community-work screen: the tree community → grid → active members, filtered
 * as you type on the member's name, and for the selected member a header and the timeline, with the
 * commands record service, fill in a card, bonus or deduction, edit a card and delete a record. A command
 * is offered only to a role that may use it (cards: not to a work-unit branch's secretary, who writes none),
 * and enabled only for a line the session may change (a card of its own community branch, a service in its
 * own community); a refusal replaces the last notice under the buttons. The tree exports to Excel the members it
 * shows, as filtered, each with their community and grid.
 */
public final class CommunityWorkViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the export's columns, in the order of {@link #cells(MemberLine)}. */
    static final List<String> COLUMN_KEYS = List.of("work.ranking.community", "field.community.street",
            "field.grid.name", "field.grid.leaderName", "work.ranking.member", "work.member.role");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private final CommunityWorkService service;
    private final ObjectProperty<TreeItem<Object>> root = new SimpleObjectProperty<>(new TreeItem<>());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Object> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CommunityNode.MemberNode> member = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineEntry> selectedEntry = new SimpleObjectProperty<>();
    private final ObjectProperty<PartyScope> scope = new SimpleObjectProperty<>();
    private List<CommunityNode> tree = List.of();
    private final ExportCommand export = new ExportCommand(this, "export.done");

    /** A member as the tree shows them, under their grid and community: a row of the export. */
    public record MemberLine(CommunityNode community, CommunityNode.GridNode grid, CommunityNode.MemberNode member) {
    }

    public CommunityWorkViewModel(UiContext ctx, CommunityWorkService service) {
        super(ctx);
        this.service = service;
        filter.addListener((o, a, b) -> rebuild());
        selected.addListener((o, a, b) -> member.set(b instanceof CommunityNode.MemberNode m ? m : null));
        member.addListener((o, a, b) -> {
            if (a == null || b == null || a.member().id() != b.member().id()) {
                timeline.clear();
                selectedEntry.set(null);
                if (b != null) {
                    loadTimeline();
                }
            }
        });
    }

    /** Whether the signed-in role may record; the record buttons show only then. */
    public boolean canRecord() {
        return session().can(Permission.PARTY_RECORD);
    }

    private record Loaded(PartyScope scope, List<CommunityNode> tree) {
    }

    /**
     * Reads the tree: first its outline (communities and grids with their counts), shown at once, then the members,
     * which take longer on a large organisation (the grids open when they are there). Read again (a refresh; on a
     * server, on focus) it reads the whole tree at once and keeps the open branches, the selected node and the
     * filter; the selected member's timeline is read again too.
     */
    public void load() {
        if (!tree.isEmpty()) {
            background(p -> new Loaded(service.scope(session()), service.tree(session())), again -> {
                scope.set(again.scope());
                tree = again.tree();
                rebuild(root.get());
                if (member.get() != null) {
                    loadTimeline();
                }
            });
            return;
        }
        background(p -> new Loaded(service.scope(session()), service.outline(session())), outline -> {
            scope.set(outline.scope());
            tree = outline.tree();
            rebuild();
            background(p -> service.tree(session()), full -> {
                tree = full;
                rebuild();
            });
        });
    }

    /** 填写登记卡 and 修改登记卡: offered to a recorder whose scope writes cards. */
    public BooleanBinding cardsOffered() {
        return Bindings.createBooleanBinding(() -> canRecord() && scope.get() != null && scope.get().writesCards(),
                scope);
    }

    /** Service, card and points: a member is selected. */
    public BooleanBinding canAdd() {
        return member.isNotNull().and(busyProperty().not());
    }

    /** The selected line is a card of a community branch the session covers. */
    public BooleanBinding canEditCard() {
        return Bindings.createBooleanBinding(() -> selectedEntry.get() != null
                && selectedEntry.get().record() instanceof Feedback f && mayChange(f), selectedEntry, scope)
                .and(busyProperty().not());
    }

    /** The selected line is a service, card or points entry the session may change. */
    public BooleanBinding canDelete() {
        return Bindings.createBooleanBinding(() -> selectedEntry.get() != null
                && selectedEntry.get().record() != null && mayChange(selectedEntry.get().record()),
                selectedEntry, scope).and(busyProperty().not());
    }

    /**
     * Why the selected line cannot be changed ({@code card}: edited as a card; else deleted), else "": it is not a
     * card, it is an enrolment or an appraisal, or it belongs to a branch or community the session does not cover.
     */
    public javafx.beans.binding.StringBinding whyNotChanged(boolean card) {
        return Bindings.createStringBinding(() -> {
            TimelineEntry entry = selectedEntry.get();
            if (entry == null) {
                return "";
            }
            if (entry.record() == null) {
                return messages().text("work.why.notRecord");
            }
            if (card && !(entry.record() instanceof Feedback)) {
                return messages().text("work.why.notCard");
            }
            return mayChange(entry.record()) ? "" : messages().text("work.why.otherBranch");
        }, selectedEntry, scope);
    }

    /** The rules the service applies to a change of {@code record} (the member is in scope: it is in the tree). */
    private boolean mayChange(WorkRecord record) {
        PartyScope s = scope.get();
        if (s == null) {
            return false;
        }
        if (record instanceof Feedback f) {
            return s.coversCommunityBranch(f.communityBranchId());
        }
        return !(record instanceof ServiceRecord r) || s.coversServiceIn(r.communityId());
    }

    private void loadTimeline() {
        CommunityNode.MemberNode m = member.get();
        background(p -> service.timeline(session(), m.member().id()), list -> {
            if (member.get() != null && member.get().member().id() == m.member().id()) {
                timeline.setAll(list);
            }
        });
    }

    /** Rebuilds the tree: with a filter, only members whose name contains it, under their grid and community. */
    private void rebuild() {
        rebuild(null);
    }

    /**
     * As above; read again, the branches open in {@code before} (the tree it replaces) open again. The selected node
     * stays selected while it is in the tree (a member under their grid, opened).
     */
    private void rebuild(TreeItem<Object> before) {
        String text = Texts.clean(filter.get());
        TreeItem<Object> top = new TreeItem<>();
        for (CommunityNode c : tree) {
            TreeItem<Object> ci = new TreeItem<>(c);
            for (CommunityNode.GridNode g : c.grids()) {
                TreeItem<Object> gi = new TreeItem<>(g);
                for (CommunityNode.MemberNode m : g.members()) {
                    if (text == null || Texts.containsIgnoreCase(m.member().name(), text)) {
                        gi.getChildren().add(new TreeItem<>(m));
                    }
                }
                gi.setExpanded(text != null);
                if (text == null || !gi.getChildren().isEmpty()) {
                    ci.getChildren().add(gi);
                }
            }
            ci.setExpanded(true);
            if (text == null || !ci.getChildren().isEmpty()) {
                top.getChildren().add(ci);
            }
        }
        if (before != null) {
            TreeBranches.keepOpen(before, top, CommunityWorkViewModel::key);
        }
        TreeItem<Object> again = TreeBranches.find(top, CommunityWorkViewModel::key,
                selected.get() == null ? null : key(selected.get()));
        if (again != null) {
            again.getParent().setExpanded(true);
        }
        root.set(top);
        selected.set(again == null ? null : again.getValue());
    }

    /** What identifies a node of the tree from one read to the next: its kind and its id (a member's, for a member). */
    private static Object key(Object node) {
        if (node instanceof CommunityNode c) {
            return List.of("community", c.id());
        }
        if (node instanceof CommunityNode.GridNode g) {
            return List.of("grid", g.id());
        }
        return node instanceof CommunityNode.MemberNode m ? List.of("member", m.member().id()) : node;
    }

    /** The text of a tree node: community (street), grid (leader, members), member (role). */
    public String nodeText(Object node) {
        if (node instanceof CommunityNode c) {
            return messages().withDetail(c.name(), c.street());
        }
        if (node instanceof CommunityNode.GridNode g) {
            return g.name() + "  " + messages().text("work.grid.leader", g.leaderName()) + " · "
                    + messages().text("work.grid.members", g.memberCount());
        }
        if (node instanceof CommunityNode.MemberNode m) {
            return messages().withDetail(m.member().name(), messages().label(m.role()));
        }
        return "";
    }

    /** The members the tree holds, as filtered, in its order: none beyond the session's scope, which reads the tree. */
    public List<MemberLine> shownMembers() {
        List<MemberLine> out = new ArrayList<>();
        for (TreeItem<Object> c : root.get().getChildren()) {
            for (TreeItem<Object> g : c.getChildren()) {
                for (TreeItem<Object> m : g.getChildren()) {
                    out.add(new MemberLine((CommunityNode) c.getValue(), (CommunityNode.GridNode) g.getValue(),
                            (CommunityNode.MemberNode) m.getValue()));
                }
            }
        }
        return out;
    }

    /** The export's columns: the community and its street, the grid and its leader, the member and their role. */
    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** A member's cells as the export writes them: what the tree shows of them, their grid and their community. */
    public List<Object> cells(MemberLine line) {
        return Arrays.asList(line.community().name(), line.community().street(), line.grid().name(),
                line.grid().leaderName(), line.member().member().name(), messages().label(line.member().role()));
    }

    /** Writes the members the tree shows, as filtered, in its order, to an .xlsx file in the background. */
    @Override
    public Job export(Path out) {
        return export.run(out, messages().text("work.tree.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shownMembers());
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** One line of the timeline: the date and the event in the user's language. */
    public String entryText(TimelineEntry e) {
        Object[] args = e.args().stream().map(a -> a instanceof Enum<?> en ? messages().label(en) : a).toArray();
        return DAY.format(e.date()) + "  " + messages().text(e.textKey(), args);
    }

    /** The header of the selected member: label and value pairs. */
    public List<String[]> header() {
        CommunityNode.MemberNode m = member.get();
        if (m == null) {
            return List.of();
        }
        return List.of(
                new String[] {messages().text("work.member.unit"), m.member().unitName()},
                new String[] {messages().text("work.member.branch"), m.member().branchName()},
                new String[] {messages().text("work.member.grid"), m.communityName() + " " + m.gridName()},
                new String[] {messages().text("work.member.role"), messages().label(m.role())},
                new String[] {messages().text("work.member.reportedOn"), DAY.format(m.reportedOn())});
    }

    public ServiceFormViewModel serviceForm() {
        return new ServiceFormViewModel(ctx, service, member.get(), saved -> afterSave());
    }

    public FeedbackFormViewModel feedbackForm() {
        return new FeedbackFormViewModel(ctx, service, member.get(), null, saved -> afterSave());
    }

    /** The form of the selected card, to edit it. */
    public FeedbackFormViewModel editFeedbackForm() {
        return new FeedbackFormViewModel(ctx, service, member.get(), (Feedback) selectedEntry.get().record(),
                saved -> afterSave());
    }

    public PointsFormViewModel pointsForm() {
        return new PointsFormViewModel(ctx, service, member.get(), saved -> afterSave());
    }

    private void afterSave() {
        setNotice(messages().text("notice.saved", member.get().member().name()));
        loadTimeline();
    }

    /** Deletes the service, card or points entry of the selected timeline line. */
    public void deleteSelected() {
        TimelineEntry entry = selectedEntry.get();
        WorkRecord record = entry.record();
        act(p -> {
            service.delete(session(), record);
            return entry;
        }, deleted -> messages().text("work.deleted", entryText(deleted)), this::loadTimeline);
    }

    public ObjectProperty<TreeItem<Object>> rootProperty() {
        return root;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Object> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CommunityNode.MemberNode> memberProperty() {
        return member;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObjectProperty<TimelineEntry> selectedEntryProperty() {
        return selectedEntry;
    }
}
