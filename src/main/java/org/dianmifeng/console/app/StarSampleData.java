package org.dianmifeng.console.app;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dianmifeng.console.certificate.Certificate;
import org.dianmifeng.console.certificate.CertificateService;
import org.dianmifeng.console.certificate.CertificateStore;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.star.StarLevel;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.StarStore;
import org.dianmifeng.console.star.WorkingDays;
import org.jooq.DSLContext;

/**
 * The star levels and certificates of the sample data, from the approved hours the activities of the sample left
 * (none without them): every level reached, the older ones granted after a public notice of five working days that
 * began the Monday after the week they were reached, the most recent tenth on public notice now (from two days ago),
 * the last three reached and not yet on notice; and certificates for last year to the eight volunteers with the most
 * approved hours in it, issued in order over the last weeks, the third revoked (its period was wrong). Deterministic:
 * it only reads what the sample made.
 */
final class StarSampleData {
    static final int CERTIFICATES = 8;
    static final int REVOKED = 2;

    /** What was loaded: the star levels and the certificates. */
    record Loaded(int levels, int certificates) {
    }

    Loaded load(DSLContext dsl, LocalDate today, String username) {
        List<StarLevel> reached = new ArrayList<>(StarService.reached(dsl, StarService.thresholds(dsl)));
        if (reached.isEmpty()) {
            return new Loaded(0, 0);
        }
        reached.sort(Comparator.comparing(StarLevel::reachedOn).thenComparing(StarLevel::personId)
                .thenComparing(StarLevel::stars));
        int onNotice = Math.max(1, reached.size() / 10);
        int waiting = Math.min(3, reached.size() - 1);
        List<StarLevel> levels = new ArrayList<>(reached.size());
        for (int i = 0; i < reached.size(); i++) {
            StarLevel l = reached.get(i);
            int fromEnd = reached.size() - i;
            LocalDate from;
            StarState state;
            LocalDate granted = null;
            if (fromEnd <= waiting) {
                levels.add(l);
                continue;
            } else if (fromEnd <= waiting + onNotice) {
                from = today.minusDays(2);
                state = StarState.NOTICE;
            } else {
                from = l.reachedOn().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                state = StarState.GRANTED;
                granted = WorkingDays.WEEKDAYS.firstAfter(WorkingDays.WEEKDAYS.until(from, WorkingDays.NOTICE_MIN));
                if (!granted.isBefore(today)) {
                    from = today.minusDays(2);
                    state = StarState.NOTICE;
                    granted = null;
                }
            }
            levels.add(new StarLevel(null, l.personId(), l.stars(), l.hoursAt(), l.reachedOn(), state, from,
                    WorkingDays.WEEKDAYS.until(from, WorkingDays.NOTICE_MIN), granted, username, null, null));
        }
        new StarStore(dsl).insertAll(levels);
        return new Loaded(levels.size(), certificates(dsl, today, username));
    }

    private int certificates(DSLContext dsl, LocalDate today, String username) {
        CertificateStore store = new CertificateStore(dsl);
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate to = LocalDate.of(today.getYear() - 1, 12, 31);
        List<CertificateStore.Volunteer> most = store.mostHours(from, to, CERTIFICATES);
        Messages zh = Messages.of(Messages.CHINESE);
        LocalDate issuedOn = today.minusDays(3L * most.size());
        for (int i = 0; i < most.size(); i++) {
            CertificateStore.Volunteer v = most.get(i);
            Certificate c = store.insert(CertificateService.draft(dsl, v.id(), from, to,
                    store.approvedHours(v.id(), from, to), issuedOn, username, zh));
            if (i == REVOKED) {
                store.revoke(c, issuedOn.plusDays(1), username, "服务期间填写有误，已按申请人要求重新出具");
            }
            issuedOn = issuedOn.plusDays(3);
        }
        return most.size();
    }
}
