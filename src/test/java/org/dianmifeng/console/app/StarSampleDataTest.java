package org.dianmifeng.console.app;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.certificate.CertificateRow;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's star levels and certificates, from approved hours: granted after past notices, some on notice now. */
class StarSampleDataTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    @TempDir Path dir;

    @Test
    void withoutApprovedHoursThereIsNothing() {
        try (TestServices t = new TestServices(dir)) {
            StarSampleData.Loaded loaded = t.services().database().transaction(dsl ->
                    new StarSampleData().load(dsl, TODAY, "system"));
            assertEquals(new StarSampleData.Loaded(0, 0), loaded);
        }
    }

    @Test
    void levelsAreGrantedAfterPastNoticesOrOnNoticeNowAndOneOfTheCertificatesIsRevoked() {
        try (TestServices t = new TestServices(dir)) {
            StarFixtures f = new StarFixtures(t);
            for (int i = 0; i < 20; i++) {
                Person p = f.volunteer("志愿者" + i, String.format("320282199001%05d", 10_000 + i * 10),
                        String.format("V2021%06d", i + 1));
                f.approved(p, LocalDate.of(2025, 1, 6).plusDays(i * 15L), String.valueOf(90 + i * 20));
                f.approved(p, LocalDate.of(2026, 11, 1).plusDays(i), "12.0");
            }
            StarSampleData.Loaded loaded = t.services().database().transaction(dsl ->
                    new StarSampleData().load(dsl, TODAY, "system"));
            List<StarRow> levels = t.services().stars().list(ADMIN, null);
            assertEquals(loaded.levels(), levels.size());
            List<StarRow> granted = levels.stream().filter(r -> r.level().state() == StarState.GRANTED).toList();
            List<StarRow> onNotice = levels.stream().filter(r -> r.level().state() == StarState.NOTICE).toList();
            assertFalse(granted.isEmpty());
            assertFalse(onNotice.isEmpty());
            for (StarRow r : granted) {
                assertTrue(r.level().noticeUntil().isBefore(r.level().grantedOn()) && r.level().grantedOn().isBefore(TODAY));
                assertTrue(WorkingDays.WEEKDAYS.between(r.level().noticeFrom(), r.level().noticeUntil()) >= 5);
                assertFalse(r.level().noticeFrom().isBefore(r.level().reachedOn()));
            }
            for (StarRow r : onNotice) {
                assertFalse(TODAY.isBefore(r.level().noticeFrom()) || TODAY.isAfter(r.level().noticeUntil()));
            }
            assertEquals(0, t.services().stars().findReached(ADMIN), "every reached level is in the sample");
            List<CertificateRow> register = t.services().certificates().list(ADMIN);
            assertEquals(StarSampleData.CERTIFICATES, register.size());
            assertEquals(1, register.stream().filter(r -> r.certificate().revoked()).count());
            assertEquals("DMF-ZM-2026-000001", register.get(register.size() - 1).certificate().certNo());
            assertEquals("DMF-ZM-2026-000008", register.get(0).certificate().certNo());
            assertTrue(register.stream().allMatch(r -> r.certificate().periodFrom().equals(LocalDate.of(2025, 1, 1))));
        }
    }
}
