package org.dianmifeng.console.unit.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;

/**
 * The units of a list's unit filter: in the tree's order, each shown indented by its depth, the chosen one kept when
 * the units are read again, and the chosen unit's subtree for the filter (a unit takes in the units under it).
 */
public final class UnitChoices {
    private final ObservableList<Unit> choices = FXCollections.observableArrayList();
    private final Map<Long, UnitOrder.Entry> inTree = new HashMap<>();
    private List<Unit> all = List.of();

    /** Puts {@code units} in the choices, in the tree's order; {@code chosen} keeps its unit by id (none if gone). */
    public void refill(List<Unit> units, ObjectProperty<Unit> chosen) {
        Long keep = chosen.get() == null ? null : chosen.get().id();
        all = units;
        inTree.clear();
        List<UnitOrder.Entry> order = UnitOrder.depthFirst(units);
        order.forEach(e -> inTree.put(e.unit().id(), e));
        choices.setAll(order.stream().map(UnitOrder.Entry::unit).toList());
        chosen.set(choices.stream().filter(u -> u.id().equals(keep)).findFirst().orElse(null));
    }

    public ObservableList<Unit> choices() {
        return choices;
    }

    /** Every unit read, active or not (for a form's unit chooser). */
    public List<Unit> all() {
        return all;
    }

    /** The unit of {@code unitId} and every unit under it; empty for none (no unit chosen). */
    public Set<Long> subtree(Long unitId) {
        return unitId == null ? Set.of() : Unit.selfAndDescendants(unitId, all);
    }

    /** A unit as the filter shows it, indented by its depth in the tree. */
    public String indented(Unit u) {
        return inTree.getOrDefault(u.id(), new UnitOrder.Entry(u, 0)).indentedName();
    }
}
