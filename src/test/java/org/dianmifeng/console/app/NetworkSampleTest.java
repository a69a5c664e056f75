package org.dianmifeng.console.app;

import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dianmifeng.console.activity.HoursRules;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.site.SiteFilter;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.site.ui.SiteListView;
import org.dianmifeng.console.site.ui.SiteListViewModel;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.VolunteerFilter;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.dianmifeng.console.volunteer.ui.VolunteerListView;
import org.dianmifeng.console.volunteer.ui.VolunteerListViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample network and volunteer registrations (SiteSampleData) over the sample units and people: the base and 41
 * stations of the six kinds over the six county and district units, managers from there, a registration for every
 * person with a volunteer number, a few paused or left with a reason; and the activities and hours over the sample
 * teams (ActivitySampleData). With -Dscreenshots=DIR, the two screens over it at 1280x800 and 1600x1000 in both
 * languages.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkSampleTest {
    static final int PEOPLE = 800;
    /** One sample for the class (it takes a while); the activities' test reads it before the screenshots add to it. */
    static TestServices t;

    @Start
    void start(Stage stage) {
        // no window of its own: the screenshots are snapshots of the screens built in the test
    }

    /** The sample is made outside TestFX's setup, whose time limit a loaded machine's sample (with its hours) passes. */
    @BeforeAll
    static void sample() throws Exception {
        t = TestServices.inTemporaryFolder("bee-network-sample");
        new SampleData(t.services(), SampleData.DEFAULT_SEED).load(PEOPLE, false, Progress.NONE);
    }

    @AfterAll
    static void close() {
        t.close();
    }

    /**
     * ActivitySampleData: activities of both years for each of the 19 teams; hours records in proportion to the people
     * ({@link ActivitySampleData#HOURS_A_YEAR} a full year at {@link SampleData#DEFAULT_PEOPLE} people, this year's in
     * proportion to its days so far); each record as the hours rules would take it (its activity's day and team, a
     * member of the team, above 0 and within the planned length, one decimal, late (补录) exactly when entered more
     * than the default 7 days after, then with a reason, never more than 90); the states a mix.
     */
    @Test
    @Order(1)
    void theSampleHasTwoYearsOfActivitiesForEveryTeamWithHoursInProportionToThePeople() {
        LocalDate today = LocalDate.now(t.services().clock());
        HoursRules rules = HoursRules.defaults();
        Set<Long> teams = t.services().teams().list(ADMIN).stream().map(r -> r.team().id()).collect(Collectors.toSet());
        assertEquals(SampleData.TEAMS.length, teams.size());
        assertEquals(19, teams.size());
        record Held(long team, LocalDate day, BigDecimal planned) {
        }
        Map<Long, Held> activities = new HashMap<>();
        Set<List<Long>> members = new HashSet<>();
        var hours = t.services().database().transaction(dsl -> {
            dsl.select(ACTIVITY.ID, ACTIVITY.TEAM_ID, ACTIVITY.STARTS_AT, ACTIVITY.PLANNED_HOURS).from(ACTIVITY)
                    .forEach(r -> activities.put(r.value1(), new Held(r.value2(), r.value3().toLocalDate(), r.value4())));
            dsl.select(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.PERSON_ID).from(TEAM_MEMBER)
                    .forEach(r -> members.add(List.of(r.value1(), r.value2())));
            return dsl.selectFrom(SERVICE_HOURS).fetch();
        });
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            int y = year;
            Set<Long> teamsThatYear = activities.values().stream().filter(a -> a.day().getYear() == y)
                    .map(Held::team).collect(Collectors.toSet());
            assertEquals(teams, teamsThatYear, "every team has activities in " + year);
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            double expected = (double) ActivitySampleData.HOURS_A_YEAR * PEOPLE / SampleData.DEFAULT_PEOPLE
                    * (ChronoUnit.DAYS.between(first, last) + 1) / first.lengthOfYear();
            long records = hours.stream().filter(h -> h.getServedOn().getYear() == y).count();
            // each team's last activity may take it past its share by one roster
            assertTrue(records >= expected * 0.99 && records <= expected * 1.05,
                    records + " hours records in " + year + ", expected about " + Math.round(expected));
        }
        assertTrue(activities.values().stream().noneMatch(a -> a.day().isAfter(today)), "none after today");
        Set<Long> withHours = new HashSet<>();
        Map<HoursState, Long> states = new EnumMap<>(HoursState.class);
        Map<HoursState, Long> lastTwoWeeks = new EnumMap<>(HoursState.class);
        int late = 0;
        for (var h : hours) {
            Held a = activities.get(h.getActivityId());
            String line = "hours " + h.getId() + " of activity " + h.getActivityId();
            withHours.add(h.getActivityId());
            assertEquals(a.day(), h.getServedOn(), line);
            assertEquals(a.team(), h.getTeamId(), line);
            assertTrue(members.contains(List.of(h.getTeamId(), h.getPersonId())), line + ": a member of the team");
            assertTrue(h.getHours().signum() > 0 && h.getHours().compareTo(a.planned()) <= 0,
                    line + ": " + h.getHours() + " of " + a.planned() + " planned");
            assertTrue(h.getHours().stripTrailingZeros().scale() <= 1, line + ": one decimal, " + h.getHours());
            HoursRules.Timing timing = rules.timing(a.day(), h.getEnteredAt().toLocalDate());
            assertTrue(timing != HoursRules.Timing.TOO_LATE, line + " entered too late");
            assertEquals(Boolean.valueOf(timing == HoursRules.Timing.LATE), h.getLate(), line + ": late exactly when entered late");
            if (h.getLate()) {
                late++;
                assertTrue(h.getLateReason() != null && !h.getLateReason().isBlank(), line + ": a late entry's reason");
            }
            HoursState state = HoursState.valueOf(h.getState());
            states.merge(state, 1L, Long::sum);
            if (ChronoUnit.DAYS.between(a.day(), today) <= 14) {
                lastTwoWeeks.merge(state, 1L, Long::sum);
            }
            assertEquals(state != HoursState.ENTERED, h.getDecidedAt() != null, line + ": decided when decided");
            if (state == HoursState.DECLINED) {
                assertNotNull(h.getDecisionNote(), line + ": why declined");
            }
        }
        assertEquals(activities.keySet(), withHours, "every activity has a roster");
        assertEquals(EnumSet.allOf(HoursState.class), states.keySet(), "approved, waiting and declined: " + states);
        assertTrue(states.get(HoursState.APPROVED) > hours.size() / 2, "older hours mostly approved: " + states);
        assertTrue(lastTwoWeeks.getOrDefault(HoursState.ENTERED, 0L) * 2 > lastTwoWeeks.values().stream()
                .mapToLong(Long::longValue).sum(), "the last two weeks' mostly waiting: " + lastTwoWeeks);
        assertTrue(late > 0 && late < hours.size() / 20, late + " late entries of " + hours.size());
    }

    @Test
    @Order(2)
    void theSampleHasTheBaseAndFortyOneStationsOverTheSixUnitsAndRegisteredVolunteers(FxRobot robot) throws Exception {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<SiteRow> sites = t.services().sites().list(ADMIN, SiteFilter.ALL, from, to);
        assertEquals(42, sites.size());
        assertEquals(List.of(SiteSampleData.BASE_NAME), sites.stream().filter(r -> r.site().kind() == SiteKind.BASE)
                .map(r -> r.site().name()).toList());
        assertEquals(SiteKind.BASE, sites.get(0).site().kind(), "the base first");
        assertEquals(EnumSet.allOf(SiteKind.class), sites.stream().map(r -> r.site().kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SiteKind.class))));
        List<Unit> units = t.services().units().all(ADMIN);
        for (String top : List.of("JY", "YX", "CQ", "XW", "XS", "HS")) {
            long unitId = units.stream().filter(u -> u.code().equals(top)).findFirst().orElseThrow().id();
            assertTrue(t.services().sites().list(ADMIN, new SiteFilter(unitId, null, null, null), from, to).size() >= 5,
                    top + " has its stations");
        }
        assertTrue(sites.stream().allMatch(r -> r.managerName() != null && !r.site().amenities().isEmpty()
                && r.site().openingHours() != null && r.site().establishedOn() != null));
        assertEquals(Map.of(SiteStatus.OPEN, 39L, SiteStatus.SUSPENDED, 2L, SiteStatus.CLOSED, 1L), sites.stream()
                .collect(Collectors.groupingBy(r -> r.site().status(), Collectors.counting())));

        List<VolunteerRow> volunteers = t.services().volunteers().list(ADMIN, VolunteerFilter.ALL);
        long withNumber = t.services().people().list(ADMIN).stream().filter(p -> p.volunteerNo() != null)
                .count();
        assertEquals(withNumber, volunteers.size(), "every sample person with a volunteer number is registered");
        assertTrue(volunteers.stream().allMatch(v -> v.volunteer().registeredOn() != null
                && !v.volunteer().registeredOn().isAfter(LocalDate.of(2026, 11, 29))
                && v.volunteer().volunteerNo().substring(1, 5).equals(
                String.valueOf(v.volunteer().registeredOn().getYear()))), "registered in the year of the number");
        Set<VolunteerStatus> statuses = volunteers.stream().map(v -> v.volunteer().status()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(VolunteerStatus.class), statuses);
        assertTrue(volunteers.stream().filter(v -> v.volunteer().status() != VolunteerStatus.ACTIVE)
                .allMatch(v -> v.volunteer().statusReason() != null && v.volunteer().statusChangedOn() != null));

        screenshots(robot, sites, volunteers);
    }

    /** With -Dscreenshots=DIR: a few approved hours so the figures show, then both screens, two sizes, two languages. */
    private void screenshots(FxRobot robot, List<SiteRow> sites, List<VolunteerRow> volunteers) throws Exception {
        String target = System.getProperty("screenshots");
        if (target == null) {
            return;
        }
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        TeamRow team = t.services().teams().list(ADMIN).get(0);
        for (int i = 0; i < 6; i++) {
            SiteRow site = sites.get(i * 3);
            long a = f.activity("安全用电宣讲", "LECTURE", team.team(), site.id(), LocalDateTime.of(2026, 3 + i, 5, 9, 0),
                    "3.0");
            for (int k = 0; k < 3; k++) {
                var p = t.services().people().get(ADMIN, volunteers.get(i * 5 + k).personId());
                f.hours(a, team.team(), LocalDate.of(2026, 3 + i, 5), p, new BigDecimal("2.5").toPlainString(),
                        "APPROVED");
            }
        }
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            String lang = m.locale().getLanguage();
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                UiContext ctx = new UiContext(ADMIN, m, TaskRunner.direct());
                save(robot, () -> new SiteListView(new SiteListViewModel(ctx, t.services().sites(),
                        t.services().units(), t.services().people()), m).build(), size,
                        Path.of(target, "sites-" + lang + "-" + size[0] + "x" + size[1] + ".png"));
                save(robot, () -> {
                    VolunteerListViewModel vm = new VolunteerListViewModel(ctx, t.services().volunteers(),
                            t.services().units(), t.services().teams(), t.services().people());
                    Parent root = new VolunteerListView(vm, m).build();
                    vm.selectedProperty().set(vm.rows().stream().filter(r -> r.hoursTotal().signum() > 0).findFirst()
                            .orElse(vm.rows().get(0)));
                    return root;
                }, size, Path.of(target, "volunteers-" + lang + "-" + size[0] + "x" + size[1] + ".png"));
            }
            UiContext ctx = new UiContext(ADMIN, m, TaskRunner.direct());
            save(robot, () -> {
                SiteListViewModel list = new SiteListViewModel(ctx, t.services().sites(), t.services().units(),
                        t.services().people());
                list.load();
                list.selectedProperty().set(list.rows().get(3));
                return new org.dianmifeng.console.site.ui.SiteFormView(list.editForm(), m).build();
            }, new int[] {640, 720}, Path.of(target, "site-form-" + lang + ".png"));
        }
    }

    private static void save(FxRobot robot, java.util.function.Supplier<Parent> screen, int[] size, Path file)
            throws Exception {
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = new Scene(screen.get(), size[0], size[1]));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            scene[0].getRoot().applyCss();
            scene[0].getRoot().layout();
            return scene[0].snapshot(null);
        }).get();
        assertNotNull(image);
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
