package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalService;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A secretary opens the board of their branch, confirms two proposals at once and returns one, headless. */
@ExtendWith(ApplicationExtension.class)
class AppraisalBoardViewTest {
    Path dir;
    TestServices t;
    long branch;

    @Start
    void start(Stage stage) throws Exception {
        t = TestServices.inTemporaryFolder("bee-appraisal");
        dir = t.dir();
        PartyFixtures f = new PartyFixtures(t);
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        branch = f.workBranch("YX-YJ", "运检党支部", yixing).id();
        long other = f.workBranch("YX-YX", "营销党支部", yixing).id();
        long community = f.community("YC", "阳泉社区").id();
        long grid = f.grid(community, "第一网格").id();
        long communityBranch = f.communityBranch("YC-DZB", "阳泉社区党支部", community).id();
        String[][] members = {{"甲一", "80"}, {"乙二", "85"}, {"丙三", "70"}};
        for (String[] m : members) {
            long id = f.member(m[0], yixing, branch).id();
            f.enrol(id, grid, LocalDate.of(2026, 2, 1));
        }
        f.member("丁四", yixing, other);
        AppraisalService appraisals = t.services().appraisals();
        appraisals.start(ADMIN, branch, 2026);
        for (AppraisalRow r : appraisals.rows(ADMIN, branch, 2026)) {
            String score = java.util.Arrays.stream(members).filter(m -> m[0].equals(r.member().name())).findFirst()
                    .orElseThrow()[1];
            Appraisal a = appraisals.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal(score), null);
            appraisals.evaluateCommunity(ADMIN, a.id(), a.version(), communityBranch, new BigDecimal(score), null);
        }
        appraisals.propose(ADMIN, branch, 2026);
        Session secretary = f.secretaryOf(branch, "sec.yj");

        Messages messages = Messages.of(Messages.CHINESE);
        UiContext ctx = new UiContext(secretary, messages, TaskRunner.direct());
        vm = new AppraisalBoardViewModel(ctx, appraisals, t.services().appraisalReport());
        stage.setScene(new Scene(new AppraisalBoardView(vm, messages).build(),
                1280, 760));
        stage.show();
    }

    AppraisalBoardViewModel vm;

    @AfterEach
    void close() {
        t.close();
    }

    @SuppressWarnings("unchecked")
    private static long total(BarChart<?, ?> chart, int series) {
        return ((XYChart.Series<Number, String>) chart.getData().get(series)).getData().stream()
                .mapToLong(d -> d.getXValue().longValue()).sum();
    }

    private static String cell(TableView<AppraisalRow> table, int row, String header) {
        var column = table.getColumns().stream().filter(c -> c.getText().equals(header)).findFirst().orElseThrow();
        Object v = column.getCellData(row);
        return v == null ? null : v.toString();
    }

    private void clickDialogOk(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Node) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretaryConfirmsTwoProposalsAtOnceAndReturnsOneWithAComment(FxRobot robot) throws Exception {
        TableView<AppraisalRow> table = robot.lookup("#appraisalTable").queryAs(TableView.class);
        BarChart<Number, String> chart = robot.lookup("#gradeChart").queryAs(BarChart.class);
        assertEquals("运检党支部", robot.lookup("#appraisalBranchBox").queryAs(ComboBox.class).getValue().toString());
        assertEquals(3, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.status() == AppraisalStatus.PROPOSED));
        assertEquals("已提议", cell(table, 0, "状态"));
        assertEquals(3, total(chart, 0));
        assertEquals(0, total(chart, 1));
        // a secretary confirms and returns, but does not change confirmed grades
        assertTrue(robot.lookup("#confirmAppraisalButton").queryAs(Button.class).isVisible());
        assertFalse(robot.lookup("#overrideGradeButton").queryAs(Button.class).isVisible());

        // select the first two rows with the mouse and the keyboard
        List<String> names = table.getItems().stream().map(r -> r.member().name()).toList();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        robot.clickOn("#confirmAppraisalButton");
        clickDialogOk(robot);

        assertEquals(List.of(AppraisalStatus.CONFIRMED, AppraisalStatus.CONFIRMED, AppraisalStatus.PROPOSED),
                names.stream().map(n -> table.getItems().stream().filter(r -> r.member().name().equals(n))
                        .findFirst().orElseThrow().status()).toList());
        assertEquals(2, total(chart, 1));
        assertEquals(1, total(chart, 0));
        String status = robot.lookup(".status-line").queryAs(Label.class).getText();
        assertTrue(status.contains("2"), status);

        // return the third with a comment
        int third = table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.member().name().equals(names.get(2))).findFirst().orElseThrow());
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(third);
            table.requestFocus();
        });
        robot.clickOn("#returnAppraisalButton");
        robot.clickOn("#askTextField").write("社区评价请复核");
        clickDialogOk(robot);

        AppraisalRow returned = table.getItems().stream().filter(r -> r.member().name().equals(names.get(2)))
                .findFirst().orElseThrow();
        assertEquals(AppraisalStatus.RETURNED, returned.status());
        int at = table.getItems().indexOf(returned);
        assertEquals("已退回", cell(table, at, "状态"));
        assertEquals("社区评价请复核", cell(table, at, "退回意见"));
        assertEquals(0, total(chart, 0));
        assertEquals(2, total(chart, 1));

        // greyed out for a returned and a confirmed row, 确认 and 编辑评价 say why
        int confirmed = table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.status() == AppraisalStatus.CONFIRMED).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().selectIndices(confirmed, at));
        Button confirm = robot.lookup("#confirmAppraisalButton").queryAs(Button.class);
        assertTrue(confirm.isDisabled());
        assertTrue(ViewSupport.disabledTip(confirm).endsWith("只有“已提议”的评议可以确认或退回；所选评议为“已确认、已退回”。"),
                ViewSupport.disabledTip(confirm));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(confirmed));
        Button edit = robot.lookup("#editAppraisalButton").queryAs(Button.class);
        assertTrue(edit.isDisabled());
        assertTrue(ViewSupport.disabledTip(edit).contains("已确认的评议已锁定"), ViewSupport.disabledTip(edit));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(at));
        assertFalse(edit.isDisabled(), "a returned appraisal is evaluated again");
        assertEquals(null, ViewSupport.disabledTip(edit));

        // the status filter shows the confirmed ones only
        robot.interact(() -> robot.lookup("#appraisalStatusFilter").queryAs(ComboBox.class)
                .setValue(AppraisalStatus.CONFIRMED));
        assertEquals(2, table.getItems().size());

        // the printable result table of the branch shows what the board shows
        Path out = dir.resolve("结果表.xlsx");
        assertEquals("运检党支部2026年度民主评议党员结果汇总表.xlsx", vm.resultTableFileName());
        robot.interact(() -> vm.printResultTable(out));
        List<List<String>> sheet = Workbooks.read(out);
        assertTrue(sheet.get(0).get(0).contains("运检党支部 2026年度民主评议党员等次提议稿（未确认）"),
                "one appraisal was returned: the year's grades are not all confirmed, a draft " + sheet.get(0));
        for (String name : names) {
            AppraisalRow r = table.getItems().stream().filter(x -> x.member().name().equals(name)).findFirst()
                    .orElse(returned);
            String state = messagesLabel(r.status());
            assertTrue(sheet.stream().anyMatch(row -> row.contains(name) && row.contains(state)), name + " " + state);
        }
    }

    private static String messagesLabel(AppraisalStatus status) {
        return Messages.of(Messages.CHINESE).label(status);
    }
}
