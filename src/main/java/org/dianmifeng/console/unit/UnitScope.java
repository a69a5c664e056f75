package org.dianmifeng.console.unit;

import java.util.Collection;
import java.util.Set;
import org.dianmifeng.console.core.ConsoleException;

/**
 * What a report or a count covers: one unit and the units below it ({@code unitIds}, the unit's own id
 * included), or every unit ({@link #ALL}: {@code unit} and {@code unitIds} null).
 */
public record UnitScope(Unit unit, Set<Long> unitIds) {
    public static final UnitScope ALL = new UnitScope(null, null);

    public UnitScope {
        unitIds = unitIds == null ? null : Set.copyOf(unitIds);
    }

    /**
     * The scope of the unit with {@code codeOrNull} (any case, surrounding blanks ignored) and the units below it
     * in the tree made of {@code all}; null or blank: every unit. Every report that takes a unit code scopes
     * itself through here.
     *
     * @throws ConsoleException {@code error.report.unknownUnit}, naming the code, if no unit has it
     */
    public static UnitScope of(String codeOrNull, Collection<Unit> all) {
        if (codeOrNull == null || codeOrNull.isBlank()) {
            return ALL;
        }
        String code = codeOrNull.strip();
        Unit unit = all.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new ConsoleException("error.report.unknownUnit", code));
        return new UnitScope(unit, Unit.selfAndDescendants(unit.id(), all));
    }

    /** The name of the unit, or null for every unit. */
    public String unitName() {
        return unit == null ? null : unit.name();
    }
}
