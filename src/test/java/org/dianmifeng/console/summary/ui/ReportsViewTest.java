package org.dianmifeng.console.summary.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.app.SampleData;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.summary.ui.ReportsViewModel.Kind;
import org.dianmifeng.console.testing.HonourRollFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reports page, headless, on the sample data (300 people, the clock at 2026-11-29) and two honours of 2021:
 * the honour roll and the annual summary are made from the page in the background, saved through the injected
 * chooser and opened with POI; cancel leaves no file; refusals are shown on the page.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final String HONOUR = "报表页测试：江苏省优秀志愿服务组织";
    TestServices t;
    Stage stage;
    TaskRunner runner;
    Path out;
    ReportsViewModel vm;
    final List<String> offered = new CopyOnWriteArrayList<>();
    final List<Path> opened = new CopyOnWriteArrayList<>();
    /** What the chooser answers next; when none is queued, the offered name in {@link #out}. */
    final Deque<Optional<Path>> answers = new ConcurrentLinkedDeque<>();
    /** Where MainWindow shows a page: swapping its children takes the page out of the window. */
    StackPane content;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-reports-view");
        new SampleData(t.services(), SampleData.DEFAULT_SEED).load(300, false, Progress.NONE);
        HonourRollFixtures honours = new HonourRollFixtures(t);
        honours.insert(HONOUR, HonourLevel.PROVINCIAL, 2021, LocalDate.of(2021, 9, 1), "江苏省文明办",
                RecipientKind.UNIT, unit("YX").id(), null);
        honours.insert("报表页测试：无锡市文明单位", HonourLevel.CITY, 2021, LocalDate.of(2021, 12, 1), "无锡市文明委",
                RecipientKind.UNIT, unit("JY").id(), null);
        out = Files.createTempDirectory("bee-reports-out");
        runner = TaskRunner.fx();
        stage.show();
    }

    Unit unit(String code) {
        return t.services().units().all(ADMIN).stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        runner.close();
        t.close();
        for (Path folder : List.of(out)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    void show(FxRobot robot, Session who) {
        robot.interact(() -> {
            vm = new ReportsViewModel(new UiContext(who, ZH, runner), t.services().honourReport(),
                    t.services().summaryReport(), t.services().units(), t.services().summary());
            ReportsView view = new ReportsView(vm, ZH)
                    .setSaveChooser(name -> {
                        offered.add(name);
                        Optional<Path> next = answers.poll();
                        return next != null ? next : Optional.of(out.resolve(name));
                    })
                    .setFolderOpener(opened::add);
            content = new StackPane(view.build());
            stage.setScene(new Scene(content, 1000, 640));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        waitFor(() -> vm.unitChoices().size() > 1);
    }

    @Test
    void theHonourRollAndTheAnnualSummaryAreMadeSavedAndTheirFolderOpened(FxRobot robot) throws Exception {
        show(robot, OFFICE);
        ComboBox<?> kinds = robot.lookup("#reportKindBox").queryAs(ComboBox.class);
        assertEquals(List.of(Kind.HONOUR_ROLL, Kind.ANNUAL_SUMMARY), List.copyOf(kinds.getItems()));
        assertTrue(robot.lookup("#reportYearRange").query().isVisible());
        assertFalse(robot.lookup("#reportYearBox").query().isVisible(), "the honour roll takes a range of years");
        assertSame(kinds, robot.lookup("#reportKindLabel").queryAs(Label.class).getLabelFor(),
                "the label's mnemonic focuses the chooser");
        robot.interact(() -> {
            vm.fromYearProperty().set(2021);
            vm.toYearProperty().set(2021);
        });
        robot.clickOn("#generateReportButton");
        waitFor(() -> robot.lookup("#reportSavedDialog").tryQuery().isPresent());
        assertEquals(List.of("年度荣誉汇总表_2021.xlsx"), offered);
        Path roll = out.resolve("年度荣誉汇总表_2021.xlsx");
        assertTrue(Files.isRegularFile(roll));
        robot.clickOn("#openFolderButton");
        waitFor(() -> opened.size() == 1);
        assertEquals(out.toAbsolutePath(), opened.get(0));
        assertEquals(List.of(ZH.text("honourroll.sheet"), ZH.text("honourroll.byUnit.sheet")), sheetNames(roll));
        assertTrue(org.dianmifeng.console.testing.Workbooks.read(roll).toString().contains(HONOUR));
        String notice = robot.lookup("#reportStatusLabel").queryAs(Label.class).getText();
        assertTrue(notice.startsWith(ZH.text("reports.done", 0, "")) && notice.endsWith(roll.toAbsolutePath().toString()),
                notice);

        // the annual summary of this year, by the keyboard: Enter on the form generates
        robot.interact(() -> {
            vm.kindProperty().set(Kind.ANNUAL_SUMMARY);
            vm.yearProperty().set(2026);
        });
        assertTrue(robot.lookup("#reportYearBox").query().isVisible());
        assertFalse(robot.lookup("#reportYearRange").query().isVisible());
        robot.interact(() -> robot.lookup("#reportYearBox").query().requestFocus());
        robot.type(KeyCode.ENTER);
        // the dialog is found as soon as it is in a window, its 关闭 once that window shows (the first dialog's,
        // closed, is found too, hidden)
        waitFor(() -> robot.lookup(ZH.text("action.close")).match(org.testfx.matcher.base.NodeMatchers.isVisible())
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(ZH.text("action.close")).match(org.testfx.matcher.base.NodeMatchers.isVisible())
                .queryAs(javafx.scene.Node.class));
        waitFor(() -> robot.lookup("#reportSavedDialog").tryQuery().isEmpty());
        assertEquals(1, opened.size(), "closing the dialog opens nothing");
        Path summary = out.resolve("年度工作总结_2026.xlsx");
        assertEquals(List.of("年度荣誉汇总表_2021.xlsx", "年度工作总结_2026.xlsx"), offered);
        List<String> sheets = sheetNames(summary);
        assertEquals(List.of("overview", "people", "teams", "party", "members", "cases", "honours", "sites", "activities",
                "hours", "stars").stream()
                .map(k -> ZH.text("summary.sheet." + k)).toList(), sheets);
    }

    @Test
    void cancelStopsTheReportAndLeavesNoFile(FxRobot robot) throws Exception {
        show(robot, OFFICE);
        robot.interact(() -> {
            vm.fromYearProperty().set(2021);
            vm.toYearProperty().set(2021);
        });
        // hold the page's one worker thread so that the report is still waiting when cancel is pressed
        CountDownLatch hold = new CountDownLatch(1);
        robot.interact(() -> runner.run(p -> hold.await(20, TimeUnit.SECONDS), x -> { }, e -> { }));
        robot.clickOn("#generateReportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reportProgress").queryAs(ProgressBar.class).isVisible());
        assertTrue(robot.lookup("#generateReportButton").queryButton().isDisabled());
        robot.clickOn("#cancelReportButton");
        hold.countDown();
        waitFor(() -> ZH.text("error.cancelled").equals(robot.lookup("#reportStatusLabel").queryAs(Label.class)
                .getText()));
        assertEquals(List.of("年度荣誉汇总表_2021.xlsx"), offered, "asked where first, as the lists do");
        assertEquals(List.of(), list(out), "nothing saved, no temporary file left");
        assertFalse(robot.lookup("#reportProgress").queryAs(ProgressBar.class).isVisible());
        assertFalse(robot.lookup("#generateReportButton").queryButton().isDisabled());
    }

    @Test
    void refusalsAreShownOnThePage(FxRobot robot) {
        show(robot, OFFICE);
        Label status = robot.lookup("#reportStatusLabel").queryAs(Label.class);
        robot.interact(() -> {
            vm.fromYearProperty().set(2022);
            vm.toYearProperty().set(2021);
        });
        robot.clickOn("#generateReportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ZH.text("reports.error.yearRange", "2022", "2021"), status.getText());
        robot.interact(() -> vm.fromYearProperty().set(2013));
        robot.interact(() -> vm.toYearProperty().set(2013));
        robot.clickOn("#generateReportButton");
        String expected = ZH.text("honourroll.error.noHonours", ZH.text("honourroll.years.one", "2013"));
        waitFor(() -> expected.equals(status.getText()));
        assertEquals(List.of("年度荣誉汇总表_2013.xlsx"), offered, "asked where first, then told the year has none");
    }

    @Test
    void aPartySecretaryIsOfferedOnlyTheHonourRoll(FxRobot robot) {
        show(robot, SECRETARY);
        ComboBox<?> kinds = robot.lookup("#reportKindBox").queryAs(ComboBox.class);
        assertEquals(List.of(Kind.HONOUR_ROLL), List.copyOf(kinds.getItems()));
    }

    @Test
    void aDismissedChooserWritesNothingAndAPlaceThatCannotBeWrittenIsToldOnThePage(FxRobot robot) throws Exception {
        show(robot, OFFICE);
        robot.interact(() -> {
            vm.fromYearProperty().set(2021);
            vm.toYearProperty().set(2021);
        });
        answers.add(Optional.empty());
        robot.clickOn("#generateReportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, offered.size());
        assertNull(vm.jobProperty().get(), "dismissed: nothing runs");
        assertEquals(List.of(), list(out));

        Path missing = out.resolve("missing").resolve("x.xlsx");
        answers.add(Optional.of(missing));
        robot.clickOn("#generateReportButton");
        waitFor(() -> offered.size() == 2 && !vm.busyProperty().get());
        Label status = robot.lookup("#reportStatusLabel").queryAs(Label.class);
        assertTrue(status.getText().contains(missing.toAbsolutePath().toString()), status.getText());
        assertFalse(status.getText().contains(".export-"), status.getText());
        assertFalse(robot.lookup("#generateReportButton").queryButton().isDisabled());
        assertEquals(List.of(), list(out), "no temporary file left");
    }

    @Test
    void leavingThePageWhileAReportRunsCancelsItOffersNothingAndLeavesNoFile(FxRobot robot) throws Exception {
        show(robot, OFFICE);
        robot.interact(() -> {
            vm.fromYearProperty().set(2021);
            vm.toYearProperty().set(2021);
        });
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
        });
        CountDownLatch hold = new CountDownLatch(1);
        robot.interact(() -> runner.run(p -> hold.await(20, TimeUnit.SECONDS), x -> { }, e -> { }));
        robot.clickOn("#generateReportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.jobProperty().get() != null, "the report is running");
        robot.interact(() -> content.getChildren().setAll(new Label("another page")));
        assertTrue(vm.closed(), "the page knows it has left the window");
        hold.countDown();
        waitFor(() -> vm.jobProperty().get() == null && !vm.busyProperty().get());
        assertTrue(robot.lookup("#reportSavedDialog").tryQuery().isEmpty());
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        assertEquals(List.of(), uncaught);
        assertEquals(List.of(), list(out), "nothing saved, no temporary file left");
    }

    @Test
    void theYearChoosersOfferTheYearsWithData(FxRobot robot) {
        show(robot, OFFICE);
        ComboBox<?> from = robot.lookup("#reportFromYearBox").queryAs(ComboBox.class);
        List<Integer> years = t.services().summary().years();
        assertTrue(years.contains(2021) && years.get(0) == 2026, years.toString());
        assertEquals(years, List.copyOf(from.getItems()));
        assertEquals(years, List.copyOf(robot.lookup("#reportYearBox").queryAs(ComboBox.class).getItems()));
        assertFalse(from.getItems().contains(2009));
    }

    static List<Path> list(Path folder) {
        try (var files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
        }
        return names;
    }

    void waitFor(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.get();
            });
        } catch (Exception e) {
            String status = stage.getScene() == null ? "" : String.valueOf(((Label) stage.getScene().lookup("#reportStatusLabel")).getText());
            throw new AssertionError("timed out; the page says: " + status + "; busy " + vm.busyProperty().get()
                    + ", offered " + offered, e);
        }
    }
}
