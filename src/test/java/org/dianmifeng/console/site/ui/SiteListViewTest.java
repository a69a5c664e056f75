package org.dianmifeng.console.site.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.Site;
import org.dianmifeng.console.site.SiteFilter;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.testing.ConsoleLook;
import org.dianmifeng.console.testing.FxWait;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The practice network screen, headless: filters as you type, an editor adds a site through the form, a viewer reads. */
@ExtendWith(ApplicationExtension.class)
class SiteListViewTest {
    TestServices t;
    Stage stage;
    Unit yixing;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-site-views");
        yixing = t.unit("YX", "宜兴市供电公司", t.city());
        t.services().sites().create(ADMIN, new Site(null, "YX-BP-02", "丁蜀电蜜蜂驿站", SiteKind.BEE_POST, yixing.id(),
                "宜兴市丁蜀镇陶都路188号", EnumSet.of(Amenity.WATER, Amenity.REST), "全天开放", null, SiteStatus.OPEN,
                LocalDate.of(2023, 4, 1), null, null));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    void show(FxRobot robot, Session who) {
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            SiteListViewModel vm = new SiteListViewModel(new UiContext(who, zh, TaskRunner.direct()),
                    t.services().sites(), t.services().units(), t.services().people());
            stage.setScene(new Scene(new SiteListView(vm, zh).build(), 1280, 800));
            // placed on the screen: a stage first shown without a scene has no position, and clicks miss it
            stage.setX(0);
            stage.setY(0);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorFiltersAndAddsASiteWithAmenitiesThroughTheForm(FxRobot robot) {
        show(robot, ADMIN);
        TableView<SiteRow> table = robot.lookup("#siteTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        robot.clickOn("#siteTextFilter").write("陶都");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        // set, not typed: where a second click puts the caret is not the point here
        robot.interact(() -> robot.lookup("#siteTextFilter").queryTextInputControl().setText("陶都X"));
        assertEquals(0, table.getItems().size());
        robot.interact(() -> robot.lookup("#siteTextFilter").queryTextInputControl().clear());

        robot.clickOn("#addSiteButton");
        WaitForAsyncUtils.waitForFxEvents();
        // set, not typed or clicked: in the whole suite on CI the robot's typing and clicks into this dialog were seen
        // to miss (the site not saved in two runs, saved at the rerun); what is checked is what the form saves
        robot.interact(() -> {
            robot.lookup("#siteCodeField").queryTextInputControl().setText("yx-bp-03");
            robot.lookup("#siteNameField").queryTextInputControl().setText("张渚电蜜蜂驿站");
            robot.lookup("#siteAddressField").queryTextInputControl().setText("宜兴市张渚镇龙池路98号");
            robot.lookup("#amenityCHARGING").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#amenityFIRST_AID").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        robot.interact(() -> {
            robot.lookup("#siteKindBox").queryAs(ComboBox.class).setValue(SiteKind.BEE_POST);
            ComboBox<UnitOrder.Entry> units = robot.lookup("#siteUnitBox").queryAs(ComboBox.class);
            units.setValue(units.getItems().stream().filter(e -> e.unit().id().equals(yixing.id())).findFirst()
                    .orElseThrow());
        });
        // fired, not clicked: on a loaded machine the robot's click on the dialog's Save was seen to miss (CI)
        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
        assertTrue(FxWait.eventually(() -> table.getItems().size() == 2), () -> "the saved site is listed; the form says: "
                + robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText).filter(x -> x != null && !x.isEmpty()).toList());
        Site saved = t.services().sites().list(ADMIN, new SiteFilter(null, null, null, "张渚"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).get(0).site();
        assertEquals("YX-BP-03", saved.code());
        assertEquals(EnumSet.of(Amenity.CHARGING, Amenity.FIRST_AID), saved.amenities());

        robot.interact(() -> robot.lookup("#siteStatusFilter").queryAs(ComboBox.class).setValue(SiteStatus.CLOSED));
        assertEquals(0, table.getItems().size());
    }

    @Test
    void aViewerReadsWithoutEditingCommands(FxRobot robot) {
        show(robot, VIEWER);
        assertEquals(1, robot.lookup("#siteTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#siteActionBar").query().isVisible(), "no add, edit or close");
        assertTrue(robot.lookup("#exportSitesButton").queryButton().isVisible());
    }

    @Test
    void theYearFilterShowsItsYearWholeAtEverySizeInBothLanguages(FxRobot robot) {
        ConsoleLook.themed(robot, () -> {
            for (java.util.Locale locale : ConsoleLook.LANGUAGES) {
                // beside the navigation at 1,280 and 1,600 px, and 900: where the filters must give up width for
                // the export (the year box too, down to what it shows)
                for (int width : new int[] {900, ConsoleLook.CONTENT_SIZES[0][0], ConsoleLook.CONTENT_SIZES[1][0]}) {
                    robot.interact(() -> {
                        Messages m = Messages.of(locale);
                        SiteListViewModel vm = new SiteListViewModel(new UiContext(ADMIN, m, TaskRunner.direct()),
                                t.services().sites(), t.services().units(), t.services().people());
                        stage.setScene(ConsoleLook.scene(new SiteListView(vm, m).build(), width, 800));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    WaitForAsyncUtils.waitForFxEvents();
                    ComboBox<?> year = robot.lookup("#siteYearFilter").queryAs(ComboBox.class);
                    javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>)
                            org.dianmifeng.console.ui.ViewSupport.shownCell(year);
                    assertEquals(Messages.of(locale).text("site.period.year", String.valueOf(year.getValue())),
                            cell.getText());
                    assertEquals(cell.getText(), ConsoleLook.shownText(cell), "the year whole, never \"202…\" ("
                            + locale + ", " + width + " px)");
                }
            }
        });
    }

}
