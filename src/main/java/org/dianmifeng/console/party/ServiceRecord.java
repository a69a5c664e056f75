package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * One service of a party member in a community (社区服务): the actual hours, no travel time.
 * {@code id} and {@code version} are null for a record not yet saved; {@code recordedBy} is set by the service.
 */
public record ServiceRecord(Long id, Long memberId, Long communityId, LocalDate servedOn, String content,
                            BigDecimal hours, String recordedBy, Integer version) implements WorkRecord {
    public static final int CONTENT_MAX = 200;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    /** A member, a community, a date not after {@code today}, a content and 0 &lt; hours &le; 24 with one decimal. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("service.member", memberId)
                .required("service.community", communityId)
                .required("service.servedOn", servedOn)
                .text("service.content", content, CONTENT_MAX);
        if (servedOn != null && servedOn.isAfter(today)) {
            checks.add("service.servedOn", "error.dateInFuture", today);
        }
        WorkChecks.serviceHours(checks, "service.hours", hours);
        return checks;
    }

    public ServiceRecord withRecordedBy(String by) {
        return new ServiceRecord(id, memberId, communityId, servedOn, content, hours, by, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("memberId", memberId, "communityId", communityId, "servedOn", servedOn,
                "content", content, "hours", hours == null ? null : hours.toPlainString(), "recordedBy", recordedBy);
    }
}
