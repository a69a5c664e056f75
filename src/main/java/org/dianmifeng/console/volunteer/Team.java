package org.dianmifeng.console.volunteer;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * A volunteer service team of a unit. {@code leaderId} (a person) and {@code foundedOn} may be empty;
 * {@code id} and {@code version} are null for a team not yet saved.
 */
public record Team(Long id, String name, TeamKind kind, Long unitId, Long leaderId, LocalDate foundedOn,
                   String brand, String notes, boolean active, Integer version) implements Auditable {
    public static final int NAME_MAX = 100;
    public static final int BRAND_MAX = 100;
    public static final int NOTES_MAX = 1000;

    public Team withActive(boolean newActive) {
        return new Team(id, name, kind, unitId, leaderId, foundedOn, brand, notes, newActive, version);
    }

    public Team withVersion(Integer newVersion) {
        return new Team(id, name, kind, unitId, leaderId, foundedOn, brand, notes, active, newVersion);
    }

    /** Field checks of a team on its own; {@code today} comes from the service's clock. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .text("team.name", name, NAME_MAX)
                .required("team.kind", kind)
                .required("team.unit", unitId)
                .maxLength("team.brand", brand, BRAND_MAX)
                .maxLength("team.notes", notes, NOTES_MAX);
        if (foundedOn != null && foundedOn.isAfter(today)) {
            checks.add("team.foundedOn", "error.dateInFuture", today);
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("name", name, "kind", kind, "unitId", unitId, "leaderId", leaderId,
                "foundedOn", foundedOn, "brand", brand, "notes", notes, "active", active);
    }
}
