package org.dianmifeng.console.unit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.TreeBranches;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.UnitStore;

/** The company tree: filter as you type, and the commands add, rename, move, (de)activate, delete. */
public final class UnitTreeViewModel extends ViewModel implements Exportable {
    private final UnitService service;
    private final ObjectProperty<TreeItem<Unit>> root = new SimpleObjectProperty<>(new TreeItem<>());
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(true);
    private List<Unit> units = List.of();
    /** Each unit's depth in the tree, for lists of units indented under the unit above them. */
    private Map<Long, Integer> depths = Map.of();
    /** What points to each unit, read with the units for an editor (a unit in use is not offered for deletion). */
    private Map<Long, UnitStore.Usage> usages = Map.of();
    /** The units the tree shows, in its order (a unit above those below it): what an export writes. */
    private List<Unit> shown = List.of();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final BooleanBinding canAdd = Bindings.createBooleanBinding(
            () -> !busyProperty().get() && (selected.get() != null || units.isEmpty()), selected, root, busyProperty());

    public UnitTreeViewModel(UiContext ctx, UnitService service) {
        super(ctx);
        this.service = service;
        filter.addListener((o, a, b) -> rebuild());
        showInactive.addListener((o, a, b) -> rebuild());
    }

    /** A unit is added below the selected one; only an empty tree takes a unit with no parent. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public boolean canEdit() {
        return session().can(Permission.UNIT_EDIT);
    }

    private record Loaded(List<Unit> units, Map<Long, UnitStore.Usage> usages) {
    }

    public void load() {
        background(p -> new Loaded(service.all(session()), canEdit() ? service.usages(session()) : Map.of()), loaded -> {
            boolean again = units != null && !units.isEmpty();
            TreeItem<Unit> before = root.get();
            units = loaded.units();
            usages = loaded.usages();
            Map<Long, Integer> depth = new HashMap<>();
            UnitOrder.depthFirst(units).forEach(e -> depth.put(e.unit().id(), e.depth()));
            depths = depth;
            rebuild();
            if (again) {
                // read again (on a server, on focus): the branches open as they were
                TreeBranches.keepOpen(before, root.get(), Unit::id);
            }
        });
    }

    public List<Unit> units() {
        return units;
    }

    public UnitFormViewModel newChildForm() {
        clearStatus(); // what the last command said is not about the form
        Unit parent = selected.get();
        return new UnitFormViewModel(ctx, service, parent, saved -> {
            setNotice(messages().text("notice.saved", saved.name()));
            load();
        });
    }

    public void rename(String newName) {
        Unit unit = selected.get();
        background(p -> service.rename(session(), unit, newName), this::afterChange);
    }

    /**
     * Units the selected one may move under, in the tree's order ({@link #indented}): not itself, not its
     * descendants; active ones, and the unit it is under now (in use or not: chosen at first, it changes nothing).
     */
    public List<Unit> moveTargets() {
        Unit unit = selected.get();
        if (unit == null) {
            return List.of();
        }
        Set<Long> itselfAndBelow = Unit.selfAndDescendants(unit.id(), units);
        return UnitOrder.depthFirst(units).stream().map(UnitOrder.Entry::unit)
                .filter(u -> (u.active() || u.id().equals(unit.parentId())) && !itselfAndBelow.contains(u.id()))
                .toList();
    }

    /** The unit the selected one is under now: what the move offers first. Null for none (the top unit). */
    public Unit currentParent() {
        Unit unit = selected.get();
        return unit == null || unit.parentId() == null ? null
                : units.stream().filter(u -> u.id().equals(unit.parentId())).findFirst().orElse(null);
    }

    /** A unit as lists of units show it, indented by its depth in the tree (as the units filters do). */
    public String indented(Unit u) {
        return new UnitOrder.Entry(u, depths.getOrDefault(u.id(), 0)).indentedName();
    }

    /** Why the selected unit cannot move: the top unit has none to go under (empty for none, or no selection). */
    public String whyNotMove() {
        Unit unit = selected.get();
        return unit != null && moveTargets().isEmpty() ? messages().text("unit.why.top", unit.name()) : "";
    }

    /**
     * Why the selected unit cannot be deleted: what still points to it, as the service's refusal says it (people,
     * teams, units below, ...), as read with the units; empty for none, or no selection.
     */
    public String whyNotDelete() {
        Unit unit = selected.get();
        UnitStore.Usage usage = unit == null ? null : usages.get(unit.id());
        return usage == null || !usage.any() ? "" : messages().text("error.unit.inUse", unit.name(), usage.people(),
                usage.teams(), usage.children(), usage.branches(), usage.honours());
    }

    /** Moves the selected unit under {@code parent}; under the one it is under already, nothing changes. */
    public void moveTo(Unit parent) {
        Unit unit = selected.get();
        if (parent != null && parent.id().equals(unit.parentId())) {
            return;
        }
        background(p -> service.move(session(), unit, parent == null ? null : parent.id()), this::afterChange);
    }

    public void toggleActive() {
        Unit unit = selected.get();
        background(p -> service.setActive(session(), unit, !unit.active()), this::afterChange);
    }

    public void delete() {
        Unit unit = selected.get();
        background(p -> {
            service.delete(session(), unit);
            return unit;
        }, deleted -> {
            setNotice(messages().text("notice.deleted", deleted.name()));
            load();
        });
    }

    private void afterChange(Unit saved) {
        setNotice(messages().text("notice.saved", saved.name()));
        load();
    }

    private void rebuild() {
        String text = Texts.clean(filter.get());
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<Long> visible = new HashSet<>();
        for (Unit u : units) {
            boolean matches = text == null || Texts.containsIgnoreCase(u.name(), text)
                    || Texts.containsIgnoreCase(u.code(), text);
            if (matches && (showInactive.get() || u.active())) {
                for (Unit a = u; a != null && visible.add(a.id()); a = byId.get(a.parentId())) {
                    // the unit and each of its ancestors become visible
                }
            }
        }
        Map<Long, TreeItem<Unit>> items = new HashMap<>();
        TreeItem<Unit> top = new TreeItem<>();
        List<Unit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::id));
        for (Unit u : ordered) {
            if (visible.contains(u.id())) {
                TreeItem<Unit> item = new TreeItem<>(u);
                item.setExpanded(text != null || u.parentId() == null || byId.get(u.parentId()).parentId() == null);
                items.put(u.id(), item);
            }
        }
        for (Unit u : ordered) {
            TreeItem<Unit> item = items.get(u.id());
            if (item != null) {
                TreeItem<Unit> parent = u.parentId() == null ? top : items.getOrDefault(u.parentId(), top);
                parent.getChildren().add(item);
            }
        }
        List<Unit> inOrder = new ArrayList<>();
        collect(top, inOrder);
        shown = inOrder;
        Long keep = selected.get() == null ? null : selected.get().id();
        root.set(top);
        selected.set(keep == null ? null : byId.get(keep));
    }

    private static void collect(TreeItem<Unit> item, List<Unit> out) {
        for (TreeItem<Unit> child : item.getChildren()) {
            out.add(child.getValue());
            collect(child, out);
        }
    }

    /** The export's columns: the level in the tree, code, name, kind, the unit above, in use or not. */
    public List<String> columnHeaders() {
        return List.of(messages().text("unit.export.level"), messages().text("field.unit.code"),
                messages().text("field.unit.name"), messages().text("field.unit.kind"), messages().text("unit.parent"),
                messages().text("unit.export.status"));
    }

    /** A unit's cells as the export writes them, its level counted from the top of the company (1). */
    public List<Object> cells(Unit u) {
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(x -> byId.put(x.id(), x));
        int level = 1;
        for (Unit a = byId.get(u.parentId()); a != null; a = byId.get(a.parentId())) {
            level++;
        }
        Unit parent = byId.get(u.parentId());
        return java.util.Arrays.asList(level, u.code(), u.name(), messages().label(u.kind()),
                parent == null ? null : parent.name(),
                messages().text(u.active() ? "unit.export.active" : "unit.inactive"));
    }

    /** Writes the units the tree shows, as filtered, in its order. */
    @Override
    public Job export(Path out) {
        return export.run(out, messages().text("unit.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public ObjectProperty<TreeItem<Unit>> rootProperty() {
        return root;
    }

    public ObjectProperty<Unit> selectedProperty() {
        return selected;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }
}
