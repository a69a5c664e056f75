package org.dianmifeng.console.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/** A unit of the company tree. {@code id} and {@code version} are null for a unit not yet saved. */
public record Unit(Long id, String code, String name, UnitKind kind, Long parentId, boolean active, int sortOrder,
                   Integer version) implements Auditable {
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;

    public Unit withName(String newName) {
        return new Unit(id, code, newName, kind, parentId, active, sortOrder, version);
    }

    public Unit withParent(Long newParent) {
        return new Unit(id, code, name, kind, newParent, active, sortOrder, version);
    }

    public Unit withActive(boolean newActive) {
        return new Unit(id, code, name, kind, parentId, newActive, sortOrder, version);
    }

    /** Field checks of a unit on its own; the tree rule is {@link #isDescendantOrSelf}. */
    public Checks check() {
        Checks checks = new Checks()
                .text("unit.code", code, CODE_MAX)
                .text("unit.name", name, NAME_MAX)
                .required("unit.kind", kind);
        if (code != null && !code.isBlank() && !code.matches("[A-Za-z0-9_-]+")) {
            checks.add("unit.code", "error.unit.codeChars");
        }
        return checks;
    }

    /**
     * Whether {@code unitId} may hang under {@code newParentId} in the tree made of {@code all}: not
     * under itself nor under any of its descendants.
     */
    public static boolean isDescendantOrSelf(long unitId, Long candidate, Collection<Unit> all) {
        Map<Long, Long> parentOf = new HashMap<>();
        all.forEach(u -> parentOf.put(u.id(), u.parentId()));
        Long current = candidate;
        int guard = all.size() + 1;
        while (current != null && guard-- > 0) {
            if (Objects.equals(current, unitId)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    /** The ids of unit {@code unitId} and of every unit below it in the tree made of {@code all}. */
    public static Set<Long> selfAndDescendants(long unitId, Collection<Unit> all) {
        Map<Long, List<Long>> children = new HashMap<>();
        all.forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        });
        Set<Long> out = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    @Override
    public String auditText() {
        return Auditable.fields("code", code, "name", name, "kind", kind, "parentId", parentId, "active", active);
    }
}
