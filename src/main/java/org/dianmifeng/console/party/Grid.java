package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Phones;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Texts;

/**
 * A grid (网格) of a community, with its grid leader and the leader's mobile (optional). {@code id} and
 * {@code version} are null for a grid not yet saved.
 */
public record Grid(Long id, Long communityId, String name, String leaderName, String leaderPhone, Integer version)
        implements Auditable {
    public static final int NAME_MAX = 100;
    public static final int LEADER_NAME_MAX = 50;

    /** Blanks trimmed, empty text as null, the phone without spaces or dashes. */
    public Grid cleaned() {
        return new Grid(id, communityId, Texts.clean(name), Texts.clean(leaderName),
                Texts.clean(Phones.normalize(leaderPhone)), version);
    }

    /** A community, a name, a leader; the phone, if any, a mainland mobile number. */
    public Checks check() {
        Checks checks = new Checks()
                .required("grid.community", communityId)
                .text("grid.name", name, NAME_MAX)
                .text("grid.leaderName", leaderName, LEADER_NAME_MAX);
        Phones.problem(leaderPhone).ifPresent(key -> checks.add("grid.leaderPhone", key, leaderPhone.length()));
        return checks;
    }

    /** The same grid with the leader's phone as {@code role} may see it ({@link Masking}). */
    public Grid shownTo(Role role) {
        return new Grid(id, communityId, name, leaderName, Masking.phone(role, leaderPhone), version);
    }

    public Grid withLeaderPhone(String phone) {
        return new Grid(id, communityId, name, leaderName, phone, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("communityId", communityId, "name", name, "leaderName", leaderName,
                "leaderPhone", Masking.phone(leaderPhone));
    }
}
