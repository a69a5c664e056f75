package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * A Dream Room case: one per child, known to everyone but case officers by its {@code code} (e.g.
 * DR-2022-003). Holds no identity of the child. {@code id} and {@code version} are null for a case not yet saved.
 */
public record AidCase(Long id, String code, Long childId, String referralSource, String referrer, LocalDate referredOn,
                      Long unitId, Long teamId, AidCaseStatus status, LocalDate handedOverOn, Integer version)
        implements Auditable {
    public static final int SOURCE_MAX = 100;
    public static final int REFERRER_MAX = 50;
    public static final String CODE_PREFIX = "DR-";

    /** The code of case number {@code sequence} of {@code year}: DR-2022-003. */
    public static String code(int year, int sequence) {
        return String.format("%s%d-%03d", CODE_PREFIX, year, sequence);
    }

    public AidCase cleaned() {
        return new AidCase(id, Texts.clean(code), childId, Texts.clean(referralSource), Texts.clean(referrer),
                referredOn, unitId, teamId, status, handedOverOn, version);
    }

    /** Field checks of a (cleaned) case on its own: referral source, referrer, a referral date not in the future, the unit. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .text("case.referralSource", referralSource, SOURCE_MAX)
                .maxLength("case.referrer", referrer, REFERRER_MAX)
                .required("case.referredOn", referredOn)
                .required("case.unit", unitId);
        if (referredOn != null && referredOn.isAfter(today)) {
            checks.add("case.referredOn", "error.case.inFuture");
        }
        return checks;
    }

    public AidCase withStatus(AidCaseStatus newStatus, LocalDate newHandedOverOn) {
        return new AidCase(id, code, childId, referralSource, referrer, referredOn, unitId, teamId, newStatus,
                newHandedOverOn, version);
    }

    /** This case's code, child, status and hand-over date with the referral, unit and team of {@code edited}. */
    public AidCase withEdits(AidCase edited) {
        return new AidCase(id, code, childId, edited.referralSource(), edited.referrer(), edited.referredOn(),
                edited.unitId(), edited.teamId(), status, handedOverOn, edited.version());
    }

    public AidCase withIds(Long newId, String newCode, Long newChildId, Integer newVersion) {
        return new AidCase(newId, newCode, newChildId, referralSource, referrer, referredOn, unitId, teamId, status,
                handedOverOn, newVersion);
    }

    @Override
    public String auditText() {
        return Auditable.fields("code", code, "referralSource", referralSource, "referrer", referrer,
                "referredOn", referredOn, "unitId", unitId, "teamId", teamId, "status", status,
                "handedOverOn", handedOverOn);
    }
}
