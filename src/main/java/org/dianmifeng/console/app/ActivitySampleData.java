package org.dianmifeng.console.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.ActivityStore;
import org.dianmifeng.console.activity.HoursRules;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.Project;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.site.Site;
import org.dianmifeng.console.site.SiteStore;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamStore;
import org.jooq.DSLContext;

/**
 * The activities of the sample data: the projects of the brief, and for each of the 19 teams a year of activities last
 * year and this year up to today, each with a roster drawn from the team's members: about 50,000 hours records a year.
 * Older hours are mostly approved, a few declined; the last two weeks' mostly wait for approval; about one in fifty
 * was entered late (补录) with a reason. Activities take place at the sample stations when there are any (SITE rows),
 * else at the places named. Everything goes in with batch inserts.
 */
final class ActivitySampleData {
    /** About this many hours records a year over all teams. */
    static final int HOURS_A_YEAR = 50_000;
    /** name, unit code, brand, first year. */
    static final String[][] PROJECTS = {
        {"蜜蜂行动·文明故事计划", "YX", "蜜蜂行动", "2021"},
        {"点亮书桌 照亮梦想", "YX", "蜜蜂行动", "2019"},
        {"体验电力人的一天", "WX", "电蜜蜂", "2020"},
        {"爱心暑期辅导班", "JY", "澄心澄意", "2018"},
        {"电暖流·安全用电进万家", "WX", "电暖流", "2017"},
        {"梦想小屋帮扶计划", "JY-HS", "梦想小屋", "2022"},
    };
    private static final String[][] TITLES = {
        {"LECTURE", "安全用电知识宣讲", "新时代文明实践宣讲", "节约用电倡议宣讲", "反窃电法规宣讲"},
        {"STORYTELLING", "电力人的故事讲演", "红色故事会", "蜜蜂行动故事分享会"},
        {"SALON", "文明实践文化沙龙", "读书沙龙", "亲子手工沙龙"},
        {"SERVICE", "社区用电设施义务检修", "孤寡老人家中线路排查", "爱心助学结对走访", "重点场所保电服务", "乡村电器义诊"},
        {"TRAINING", "志愿者急救技能培训", "新志愿者岗前培训", "应急抢修演练"},
        {"OTHER", "文明交通劝导", "社区环境整治", "无偿献血志愿服务"},
    };
    private static final String[] PLACES = {"宜城街道社区服务中心", "丁蜀镇文化站", "澄江街道新时代文明实践站", "华士镇中心小学",
        "梅村街道敬老院", "东港镇便民服务中心", "洛社镇实践点", "崇安寺步行街", "硕放街道社区广场", "和桥镇村委会"};
    private static final String[] LATE_REASONS = {"签到表迟交，据签到表补录", "活动当天系统故障，事后补录", "外出服务归来后补录",
        "队员名单经核对后补录", "照片与签到记录核实后补录"};
    private static final BigDecimal[] PLANNED = {new BigDecimal("1.0"), new BigDecimal("1.5"), new BigDecimal("2.0"),
        new BigDecimal("2.5"), new BigDecimal("3.0"), new BigDecimal("4.0"), new BigDecimal("6.0")};
    private static final LocalTime[] STARTS = {LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(14, 0),
        LocalTime.of(14, 30), LocalTime.of(19, 0)};
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Random random;
    private final String enteredBy;

    ActivitySampleData(Random random, String enteredBy) {
        this.random = random;
        this.enteredBy = enteredBy;
    }

    /** What was loaded. */
    record Loaded(int projects, int activities, int hours) {
    }

    /**
     * Loads the projects and activities; {@code people}: how many people the sample has (fewer than
     * {@link SampleData#DEFAULT_PEOPLE} make proportionally fewer hours, so that small samples stay small).
     */
    Loaded load(DSLContext dsl, Map<String, Unit> units, int people, LocalDate today, Progress progress) {
        ActivityStore store = new ActivityStore(dsl);
        List<Long> projects = new ArrayList<>();
        for (String[] p : PROJECTS) {
            projects.add(store.insertProject(new Project(null, p[0], units.get(p[1]).id(), p[2],
                    LocalDate.of(Integer.parseInt(p[3]), 3, 1), null, null, true, null)).id());
        }
        List<Long> sites = new SiteStore(dsl).all().stream().map(Site::id).toList();
        TeamStore teams = new TeamStore(dsl);
        List<Team> all = new ArrayList<>();
        for (String[] t : SampleData.TEAMS) {
            teams.byName(t[0]).ifPresent(all::add);
        }
        HoursRules rules = HoursRules.defaults();
        int perTeam = (int) ((long) HOURS_A_YEAR * Math.min(people, SampleData.DEFAULT_PEOPLE)
                / SampleData.DEFAULT_PEOPLE / Math.max(1, all.size()));
        int activities = 0;
        int hours = 0;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            for (Team team : all) {
                List<Long> members = teams.members(team.id()).stream().map(m -> m.person().id()).toList();
                if (members.size() < 3) {
                    continue;
                }
                List<Activity> held = new ArrayList<>();
                List<List<Long>> rosters = new ArrayList<>();
                int target = (int) ((long) perTeam * (ChronoUnit.DAYS.between(first, last) + 1) / first.lengthOfYear());
                int lines = 0;
                while (lines < target) {
                    Activity a = activity(team, first, last, projects, sites);
                    List<Long> roster = roster(members);
                    held.add(a);
                    rosters.add(roster);
                    lines += roster.size();
                }
                List<Long> ids = store.insertBatch(held);
                List<ServiceHours> entries = new ArrayList<>(lines);
                for (int i = 0; i < held.size(); i++) {
                    for (Long person : rosters.get(i)) {
                        entries.add(hours(ids.get(i), held.get(i), person, today, rules));
                    }
                }
                store.insertHoursBatch(entries);
                activities += held.size();
                hours += entries.size();
                progress.checkCancelled();
            }
        }
        return new Loaded(projects.size(), activities, hours);
    }

    private Activity activity(Team team, LocalDate first, LocalDate last, List<Long> projects, List<Long> sites) {
        String[] kind = TITLES[random.nextInt(TITLES.length)];
        String title = kind[1 + random.nextInt(kind.length - 1)];
        LocalDate day = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
        Long site = sites.isEmpty() || random.nextInt(100) >= 60 ? null : sites.get(random.nextInt(sites.size()));
        Long project = random.nextInt(100) < 40 ? projects.get(random.nextInt(projects.size())) : null;
        return new Activity(null, title, ActivityKind.valueOf(kind[0]), project, site, team.id(),
                LocalDateTime.of(day, STARTS[random.nextInt(STARTS.length)]), PLANNED[random.nextInt(PLANNED.length)],
                site == null ? PLACES[random.nextInt(PLACES.length)] : null, null, false, null);
    }

    /** 5 and up to two thirds of the team more, each once. */
    private List<Long> roster(List<Long> members) {
        int size = Math.min(members.size(), 5 + random.nextInt(Math.max(1, members.size() * 2 / 3)));
        Set<Long> chosen = new HashSet<>();
        List<Long> roster = new ArrayList<>(size);
        while (roster.size() < size) {
            Long p = members.get(random.nextInt(members.size()));
            if (chosen.add(p)) {
                roster.add(p);
            }
        }
        return roster;
    }

    /**
     * One person's hours: the planned length or up to an hour less; entered the evening of the activity, or (one in
     * fifty, for an activity long enough ago) 10 to 60 days later with a reason. An activity of the last two weeks has
     * hours mostly waiting; older ones are approved but one in thirty declined and a few late ones still waiting.
     */
    private ServiceHours hours(long activityId, Activity a, long person, LocalDate today, HoursRules rules) {
        BigDecimal h = a.plannedHours().subtract(HALF.multiply(BigDecimal.valueOf(random.nextInt(3))));
        if (h.signum() <= 0) {
            h = HALF;
        }
        LocalDate held = a.heldOn();
        long age = ChronoUnit.DAYS.between(held, today);
        boolean late = age > 70 && random.nextInt(50) == 0;
        LocalDateTime entered = late ? held.plusDays(rules.lateAfterDays() + 3 + random.nextInt(50)).atTime(16, 0)
                : held.atTime(20, 30);
        int roll = random.nextInt(100);
        HoursState state;
        if (age <= 14) {
            state = roll < 70 ? HoursState.ENTERED : HoursState.APPROVED;
        } else if (late) {
            state = roll < 15 ? HoursState.ENTERED : roll < 20 ? HoursState.DECLINED : HoursState.APPROVED;
        } else {
            state = roll < 3 ? HoursState.DECLINED : HoursState.APPROVED;
        }
        boolean decided = state != HoursState.ENTERED;
        return new ServiceHours(null, activityId, person, a.teamId(), held, h, state, late,
                late ? LATE_REASONS[random.nextInt(LATE_REASONS.length)] : null, enteredBy, entered,
                decided ? "office" : null, decided ? entered.plusDays(1 + random.nextInt(5)) : null,
                state == HoursState.DECLINED ? "签到记录与服务时长不符" : null, null);
    }
}
