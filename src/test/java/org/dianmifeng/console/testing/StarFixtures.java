package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * Volunteers with approved (and other) hours for the tests of star levels and service certificates: a unit, a team
 * and volunteers with volunteer numbers; {@link #serve} spreads hours over activities of the team on consecutive
 * days (at most 20 hours a record), through {@link VolunteerWorkFixtures}.
 */
public final class StarFixtures {
    public final TestServices t;
    public final VolunteerWorkFixtures work;
    public final Unit unit;
    public final Team team;
    private int activities;

    public StarFixtures(TestServices t) {
        this.t = t;
        this.work = new VolunteerWorkFixtures(t);
        Unit city = t.city();
        unit = t.unit("YX", "宜兴市供电公司", city);
        team = t.services().teams().create(ADMIN, new Team(null, "宜兴市供电公司“蜜蜂行动”青年志愿服务队", TeamKind.YOUTH,
                unit.id(), null, null, "蜜蜂行动", null, true, null));
    }

    /** A volunteer with the volunteer number {@code volunteerNo}, registered on 2021-03-01. */
    public Person volunteer(String name, String first17, String volunteerNo) {
        Person d = TestServices.draft(name, first17, unit);
        Person p = t.services().people().create(ADMIN, new Person(null, d.name(), d.gender(), d.birthDate(),
                d.idNumber(), d.mobile(), d.unitId(), null, d.politicalStatus(), volunteerNo, null, null, null));
        work.volunteer(p, LocalDate.of(2021, 3, 1));
        return p;
    }

    /**
     * {@code total} hours of {@code person} in {@code state}, in records of at most 20 hours on consecutive days from
     * {@code first}, each at an activity of its own (kind {@code kind}, titled {@code title}); returns the last day.
     */
    public LocalDate serve(Person person, LocalDate first, String total, String state, String kind, String title) {
        BigDecimal left = new BigDecimal(total);
        BigDecimal most = new BigDecimal("20.0");
        LocalDate day = first;
        while (left.signum() > 0) {
            BigDecimal h = left.min(most);
            long activity = work.activity(title, kind, team, null, day.atTime(9, 0), "24");
            work.hours(activity, team, day, person, h.toPlainString(), state);
            activities++;
            left = left.subtract(h);
            if (left.signum() > 0) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** {@link #serve} of APPROVED hours at services titled 安全用电进社区. */
    public LocalDate approved(Person person, LocalDate first, String total) {
        return serve(person, first, total, "APPROVED", "SERVICE", "安全用电进社区");
    }
}
