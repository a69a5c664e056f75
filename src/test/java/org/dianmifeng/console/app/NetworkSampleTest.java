package org.dianmifeng.console.app;

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
import java.util.EnumSet;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample network and volunteer registrations (SiteSampleData) over the sample units and people: the base and 41
 * stations of the six kinds over the six county and district units, managers from there, a registration for every
 * person with a volunteer number, a few paused or left with a reason. With -Dscreenshots=DIR, the two screens over
 * it at 1280x800 and 1600x1000 in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkSampleTest {
    static final int PEOPLE = 800;
    TestServices t;

    @Start
    void start(Stage stage) throws Exception {
        t = TestServices.inTemporaryFolder("bee-network-sample");
        new SampleData(t.services(), SampleData.DEFAULT_SEED).load(PEOPLE, false, Progress.NONE);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
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
