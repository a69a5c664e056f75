package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * A small world for the tests of activities and hours, made through the services: the 宜兴 "蜜蜂行动" team and a
 * 江阴 team, four people registered as volunteers, and a team leader's account linked to the 宜兴 team. Today is
 * {@link TestServices#CLOCK}'s 2026-11-29.
 */
public final class ActivityFixtures {
    public static final String PASSWORD = "Leader-2026-pw";
    public final TestServices t;
    public final Unit yixing;
    public final Team bees;
    public final Team jiangyin;
    public final PersonRef wang;
    public final PersonRef li;
    public final PersonRef zhang;
    public final PersonRef zhao;
    /** The team leader of {@link #bees}. */
    public final Session leader;

    public ActivityFixtures(TestServices t) {
        this.t = t;
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        Unit jy = t.unit("JY", "江阴市供电公司", city);
        bees = t.services().teams().create(ADMIN, new Team(null, "宜兴市供电公司“蜜蜂行动”青年志愿服务队", TeamKind.YOUTH,
                yixing.id(), null, null, "蜜蜂行动", null, true, null));
        jiangyin = t.services().teams().create(ADMIN, new Team(null, "江阴市供电公司青年志愿服务队", TeamKind.YOUTH,
                jy.id(), null, null, null, null, true, null));
        PersonRows rows = new PersonRows(t.services().database());
        wang = rows.add("王芳", yixing);
        li = rows.add("李强", yixing);
        zhang = rows.add("张敏", yixing);
        zhao = rows.add("赵磊", jy);
        for (PersonRef p : new PersonRef[] {wang, li, zhang, zhao}) { // only registered volunteers take part
            t.services().volunteers().register(ADMIN, p.id(), LocalDate.of(2024, 3, 1));
        }
        leader = leaderOf(bees, "leader");
    }

    /** A team leader's account linked to {@code team}, signed in. */
    public Session leaderOf(Team team, String username) {
        Account a = t.services().accounts().create(ADMIN, Account.draft(username, "队长" + username, Role.TEAM_LEADER,
                team == null ? null : team.id()), PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new Session(a.id(), a.username(), a.displayName(), a.role());
    }

    /** An activity of {@code team} saved by the administrator, starting at 09:00 {@code daysAgo} days before today. */
    public Activity activity(String title, Team team, int daysAgo, String plannedHours) {
        return activity(title, team, LocalDate.of(2026, 11, 29).minusDays(daysAgo).atTime(9, 0), plannedHours);
    }

    public Activity activity(String title, Team team, LocalDateTime startsAt, String plannedHours) {
        return t.services().activities().create(ADMIN, new Activity(null, title, ActivityKind.SERVICE, null, null,
                team.id(), startsAt, new BigDecimal(plannedHours), "宜兴市宜城街道", null, false, null));
    }

    public static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }
}
