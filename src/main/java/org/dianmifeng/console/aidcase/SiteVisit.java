package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.unit.PersonRef;

/**
 * A site visit (走访) of a case: the date, the visitors (people of the register), accompanying officials
 * (free text), what was found and the needs identified. {@code id} and {@code version} are null until saved.
 */
public record SiteVisit(Long id, Long caseId, LocalDate visitedOn, List<PersonRef> visitors, String officials,
                        String findings, String needs, Integer version) implements Auditable {
    public static final int OFFICIALS_MAX = 200;
    public static final int FINDINGS_MAX = 2000;
    public static final int NEEDS_MAX = 1000;

    public SiteVisit {
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
    }

    /** A case, a date not after {@code today}, at least one visitor, findings; lengths within the columns. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("casework.visit.case", caseId)
                .required("casework.visit.visitedOn", visitedOn)
                .maxLength("casework.visit.officials", officials, OFFICIALS_MAX)
                .text("casework.visit.findings", findings, FINDINGS_MAX)
                .maxLength("casework.visit.needs", needs, NEEDS_MAX);
        if (visitedOn != null && visitedOn.isAfter(today)) {
            checks.add("casework.visit.visitedOn", "error.dateInFuture", today);
        }
        if (visitors.isEmpty()) {
            checks.add("casework.visit.visitors", "error.casework.noVisitors");
        } else if (visitors.stream().map(PersonRef::id).distinct().count() < visitors.size()) {
            checks.add("casework.visit.visitors", "error.casework.visitorTwice");
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("caseId", caseId, "visitedOn", visitedOn,
                "visitors", visitors.stream().map(PersonRef::name).toList(), "officials", officials,
                "findings", findings, "needs", needs);
    }
}
