package org.dianmifeng.console.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;

/**
 * One issue of a 志愿服务记录证明 in the numbered register: its number ({@link CertificateNumber}), the volunteer, the
 * organisation that issues it, the period and the approved hours in it, the service's content as printed, who issued
 * it and when; revoked with a reason (then it is no longer valid, and its number is never given again).
 */
public record Certificate(Long id, String certNo, long personId, String organisation, LocalDate periodFrom,
                          LocalDate periodTo, BigDecimal hours, String content, LocalDate issuedOn, String issuedBy,
                          LocalDate revokedOn, String revokedBy, String revokeReason, Integer version)
        implements Auditable {
    public static final int CONTENT_MAX = 1000;
    public static final int REASON_MAX = 200;
    public static final int ORGANISATION_MAX = 100;

    public boolean revoked() {
        return revokedOn != null;
    }

    @Override
    public String auditText() {
        return Auditable.fields("certNo", certNo, "personId", personId, "organisation", organisation,
                "periodFrom", periodFrom, "periodTo", periodTo, "hours", hours.toPlainString(), "issuedOn", issuedOn,
                "revokedOn", revokedOn, "revokeReason", revokeReason);
    }
}
