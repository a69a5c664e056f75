package org.dianmifeng.console.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Units in the order of the company tree (each unit followed by those below it), with their depth. */
public final class UnitOrder {
    private UnitOrder() {
    }

    public record Entry(Unit unit, int depth) {
        /** The name indented by depth with full-width spaces, for choice lists. */
        public String indentedName() {
            return "\u3000".repeat(depth) + unit.name();
        }
    }

    public static List<Entry> depthFirst(List<Unit> units) {
        Map<Long, List<Unit>> children = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        List<Unit> tops = new ArrayList<>();
        Comparator<Unit> order = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::id);
        for (Unit u : units) {
            if (u.parentId() == null || !ids.contains(u.parentId())) {
                tops.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        tops.sort(order);
        children.values().forEach(list -> list.sort(order));
        List<Entry> out = new ArrayList<>(units.size());
        Set<Long> seen = new HashSet<>();
        for (Unit top : tops) {
            walk(top, 0, children, out, seen);
        }
        return out;
    }

    private static void walk(Unit u, int depth, Map<Long, List<Unit>> children, List<Entry> out, Set<Long> seen) {
        if (!seen.add(u.id())) {
            return;
        }
        out.add(new Entry(u, depth));
        for (Unit child : children.getOrDefault(u.id(), List.of())) {
            walk(child, depth + 1, children, out, seen);
        }
    }
}
