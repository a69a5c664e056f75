package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.STAR_LEVEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.unit.Person;

/**
 * The volunteer work of the dashboard's and the annual summary's tests (issue 17), over {@link SummaryFixtures}'
 * scenario (JY 江阴 and YX 宜兴 below the city company, the teams teamJy of JY and teamYx of YX), inserted with
 * {@link VolunteerWorkFixtures} and, for star levels, jOOQ. In {@value SummaryFixtures#YEAR}:
 * <ul>
 * <li>stations: 华士文明实践站 (JY), 宜城电蜜蜂小站 (YX), 电暖流基地 (the city company, nothing in the year);</li>
 * <li>A1 teamJy at 华士 (宣讲, 3-05): 江一 2.0, 江三 2.0 approved, 江四 1.5 only entered;</li>
 * <li>A2 teamJy at 宜城 (志愿服务, 12-31, the year's last day): 江一 3.5 approved, 宜三 3.0 declined;</li>
 * <li>A3 teamYx at 宜城 (故事讲演, 1-01, the year's first day): 宜三 1.5, 宜一 2.0 approved;</li>
 * <li>A4 teamYx elsewhere (培训, 3-20): 宜三 4.0 approved;</li>
 * <li>A7 teamYx at 宜城 (其他, 5-01): 宜一 2.0 only entered (not held);</li>
 * <li>outside the year: A5 teamJy at 华士 on the last day before it (江一 5.0 approved) and A6 teamJy at 华士 on the
 *     first day after it (江三 1.0 approved);</li>
 * <li>star levels: 江一 one star granted the year before and two stars granted in the year, 宜一 one star granted in
 *     the year, 宜三 one star on notice, 江三 one star withdrawn.</li>
 * </ul>
 * So for the whole company: 4 activities held, 4 volunteers serving, 6 approved records, 15.0 approved hours; JY's
 * teams 2 / 2 / 3 / 7.5, YX's 2 / 2 / 3 / 7.5; stations 华士 1 activity, 2 volunteers, 4.0 hours, 宜城 2, 3, 7.0
 * (the stations' volunteers together: 4, not 5, as 江一 served at both); 2 star levels granted, at the year's end
 * one volunteer at one star and one at two.
 */
public final class VolunteerSummaryFixtures {
    private final TestServices t;
    private final SummaryFixtures f;
    private final VolunteerWorkFixtures w;
    public long huashi;
    public long yicheng;
    public long base;

    public VolunteerSummaryFixtures(TestServices t, SummaryFixtures f) {
        this.t = t;
        this.f = f;
        this.w = new VolunteerWorkFixtures(t);
    }

    public VolunteerSummaryFixtures scenario() {
        int y = SummaryFixtures.YEAR;
        huashi = w.site("S-JY-1", "华士文明实践站", "PRACTICE_STATION", f.jy);
        yicheng = w.site("S-YX-1", "宜城电蜜蜂小站", "BEE_STATION", f.yx);
        base = w.site("S-BASE", "电暖流基地", "BASE", f.city);
        long a1 = w.activity("理论宣讲", "LECTURE", f.teamJy, huashi, LocalDateTime.of(y, 3, 5, 9, 0), "3.0");
        w.hours(a1, f.teamJy, LocalDate.of(y, 3, 5), f.jiang1, "2.0", "APPROVED");
        w.hours(a1, f.teamJy, LocalDate.of(y, 3, 5), f.jiang3, "2.0", "APPROVED");
        w.hours(a1, f.teamJy, LocalDate.of(y, 3, 5), f.jiang4, "1.5", "ENTERED");
        long a2 = w.activity("除夕安全用电", "SERVICE", f.teamJy, yicheng, LocalDateTime.of(y, 12, 31, 8, 0), "4.0");
        w.hours(a2, f.teamJy, LocalDate.of(y, 12, 31), f.jiang1, "3.5", "APPROVED");
        w.hours(a2, f.teamJy, LocalDate.of(y, 12, 31), f.yi3, "3.0", "DECLINED");
        long a3 = w.activity("元旦故事会", "STORYTELLING", f.teamYx, yicheng, LocalDateTime.of(y, 1, 1, 14, 0), "2.0");
        w.hours(a3, f.teamYx, LocalDate.of(y, 1, 1), f.yi3, "1.5", "APPROVED");
        w.hours(a3, f.teamYx, LocalDate.of(y, 1, 1), f.yi1, "2.0", "APPROVED");
        long a4 = w.activity("急救培训", "TRAINING", f.teamYx, null, LocalDateTime.of(y, 3, 20, 9, 0), "4.0");
        w.hours(a4, f.teamYx, LocalDate.of(y, 3, 20), f.yi3, "4.0", "APPROVED");
        long a7 = w.activity("未审核的活动", "OTHER", f.teamYx, yicheng, LocalDateTime.of(y, 5, 1, 9, 0), "2.0");
        w.hours(a7, f.teamYx, LocalDate.of(y, 5, 1), f.yi1, "2.0", "ENTERED");
        long a5 = w.activity("岁末宣讲", "LECTURE", f.teamJy, huashi, LocalDateTime.of(y - 1, 12, 31, 9, 0), "5.0");
        w.hours(a5, f.teamJy, LocalDate.of(y - 1, 12, 31), f.jiang1, "5.0", "APPROVED");
        long a6 = w.activity("新年沙龙", "SALON", f.teamJy, huashi, LocalDateTime.of(y + 1, 1, 1, 9, 0), "1.0");
        w.hours(a6, f.teamJy, LocalDate.of(y + 1, 1, 1), f.jiang3, "1.0", "APPROVED");

        star(f.jiang1, 1, "100.0", LocalDate.of(y - 1, 5, 1), "GRANTED", LocalDate.of(y - 1, 6, 1));
        star(f.jiang1, 2, "300.0", LocalDate.of(y, 3, 20), "GRANTED", LocalDate.of(y, 4, 10));
        star(f.yi1, 1, "100.5", LocalDate.of(y, 7, 1), "GRANTED", LocalDate.of(y, 8, 1));
        star(f.yi3, 1, "101.0", LocalDate.of(y, 11, 20), "NOTICE", null);
        star(f.jiang3, 1, "100.0", LocalDate.of(y, 2, 1), "WITHDRAWN", null);
        return this;
    }

    /** A star level of {@code person} in {@code state}, granted on {@code grantedOn} (null: not granted). */
    public void star(Person person, int stars, String hoursAt, LocalDate reachedOn, String state, LocalDate grantedOn) {
        t.services().database().transaction(dsl -> dsl.insertInto(STAR_LEVEL)
                .set(STAR_LEVEL.PERSON_ID, person.id())
                .set(STAR_LEVEL.STARS, stars)
                .set(STAR_LEVEL.HOURS_AT, new BigDecimal(hoursAt))
                .set(STAR_LEVEL.REACHED_ON, reachedOn)
                .set(STAR_LEVEL.STATE, state)
                .set(STAR_LEVEL.NOTICE_FROM, reachedOn.plusDays(1))
                .set(STAR_LEVEL.NOTICE_UNTIL, reachedOn.plusDays(8))
                .set(STAR_LEVEL.GRANTED_ON, grantedOn)
                .set(STAR_LEVEL.DECIDED_BY, grantedOn == null ? null : "admin")
                .set(STAR_LEVEL.NOTE, "WITHDRAWN".equals(state) ? "时长更正后不足" : null)
                .execute());
    }
}
