package org.dianmifeng.console.party;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * A person's party membership in the branch of their work unit: the date they joined the party and the
 * date they were made a full member (empty while probationary). {@code id} and {@code version} are null
 * for a membership not yet saved.
 */
public record PartyMember(Long id, Long personId, Long branchId, LocalDate joinedOn, LocalDate fullOn,
                          Integer version) implements Auditable {

    /**
     * Field checks on their own: a person, a branch, a joined date not after {@code today}, and a full-member
     * date, if any, neither before joining nor after today. Whether the person's political status allows
     * a full-member date is the service's check.
     */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("member.person", personId)
                .required("member.branch", branchId)
                .required("member.joinedOn", joinedOn);
        if (joinedOn != null && joinedOn.isAfter(today)) {
            checks.add("member.joinedOn", "error.dateInFuture", today);
        }
        if (fullOn != null && fullOn.isAfter(today)) {
            checks.add("member.fullOn", "error.dateInFuture", today);
        }
        if (fullOn != null && joinedOn != null && fullOn.isBefore(joinedOn)) {
            checks.add("member.fullOn", "error.org.member.fullBeforeJoined", joinedOn);
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("personId", personId, "branchId", branchId, "joinedOn", joinedOn, "fullOn", fullOn);
    }
}
