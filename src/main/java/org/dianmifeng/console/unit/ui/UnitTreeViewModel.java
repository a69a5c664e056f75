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
import org.dianmifeng.console.unit.UnitService;

/** The company tree: filter as you type, and the commands add, rename, move, (de)activate, delete. */
public final class UnitTreeViewModel extends ViewModel implements Exportable {
    private final UnitService service;
    private final ObjectProperty<TreeItem<Unit>> root = new SimpleObjectProperty<>(new TreeItem<>());
    private final ObjectProperty<Unit> selected = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(true);
    private List<Unit> units = List.of();
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

    public void load() {
        background(p -> service.all(session()), all -> {
            boolean again = units != null && !units.isEmpty();
            TreeItem<Unit> before = root.get();
            units = all;
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

    /** Units the selected one may move under: not itself, not its descendants, active ones. */
    public List<Unit> moveTargets() {
        Unit unit = selected.get();
        if (unit == null) {
            return List.of();
        }
        Set<Long> itselfAndBelow = Unit.selfAndDescendants(unit.id(), units);
        return units.stream()
                .filter(u -> u.active() && !itselfAndBelow.contains(u.id()))
                .toList();
    }

    public void moveTo(Unit parent) {
        Unit unit = selected.get();
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
