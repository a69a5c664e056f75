package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.FxWait;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The people screens load their FXML, bind to their ViewModels and react, headless. */
@ExtendWith(ApplicationExtension.class)
class PersonViewsTest {
    @TempDir Path dir;
    TestServices t;
    Stage stage;
    Unit jiangyin;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        jiangyin = t.unit("JY", "江阴市供电公司", t.city());
        t.person("张伟", "32028119900101123", jiangyin);
        t.person("李娜", "32028219850615002", jiangyin);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private UiContext ctx(Session who) {
        return new UiContext(who, Messages.of(Messages.CHINESE), TaskRunner.direct());
    }

    private void show(Parent root) {
        stage.setScene(new Scene(root, 1100, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theListShowsFiltersAndCounts(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(
                PersonListView.create(ctx(OFFICE), t.services().people(), t.services().units())));
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals(10, table.getColumns().size());
        assertEquals("姓名", table.getColumns().get(0).getText());
        robot.clickOn("#personFilter").write("李");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals("显示 1 / 共 2 人", robot.lookup("#personCount").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#addPersonButton").queryButton().isVisible());
    }

    @Test
    void theIdNumberColumnIsAtLeastAsWideAsItsWidestText(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(
                PersonListView.create(ctx(OFFICE), t.services().people(), t.services().units())));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        var idColumn = table.getColumns().stream().filter(c -> "person.idNumber".equals(c.getId())).findFirst()
                .orElseThrow();
        var idCell = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == idColumn && c.getText() != null && !c.getText().isEmpty())
                .findFirst().orElseThrow();
        javafx.scene.text.Text text = new javafx.scene.text.Text(idCell.getText());
        text.setFont(idCell.getFont());
        assertTrue(idColumn.getWidth() >= text.getLayoutBounds().getWidth() + 8,
                idColumn.getWidth() + " is too narrow for " + idCell.getText());
        assertFalse(idCell.getText().endsWith("…"));
    }

    @Test
    void anEmptyListSaysSoInChinese(FxRobot robot) {
        PersonListViewModel list = new PersonListViewModel(ctx(OFFICE), t.services().people(), t.services().units());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(new PersonListView(list, ctx(OFFICE).messages()).build()));
        robot.clickOn("#personFilter").write("没有这个人");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".placeholder .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText() != null && l.getText().matches("\\p{IsHan}.*")));
    }

    /** 删除 of a volunteer says the registration goes too, and its buttons say what they do: 删除人员 and 返回. */
    @Test
    void deletingAVolunteerSaysTheRegistrationGoesWithThem(FxRobot robot) {
        long li = t.services().people().search(OFFICE, "李娜", 5).get(0).id();
        String number = t.services().volunteers().register(OFFICE, li, java.time.LocalDate.of(2024, 4, 1)).volunteerNo();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(
                PersonListView.create(ctx(OFFICE), t.services().people(), t.services().units())));
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        int row = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).toString().contains("李娜")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
        javafx.application.Platform.runLater(() -> robot.lookup("#deletePersonButton").queryButton().fire());
        assertTrue(FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()), "it asks first");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("确定删除人员“李娜”吗？其志愿者登记（编号 " + number + "）将一并删除。", pane.getContentText());
        assertEquals(List.of("删除人员", "返回"), pane.getButtonTypes().stream().map(b -> b.getText()).toList());
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size(), "返回 deletes nothing");
    }

    @Test
    void aViewerSeesNoEditButtons(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(
                PersonListView.create(ctx(VIEWER), t.services().people(), t.services().units())));
        assertFalse(robot.lookup("#addPersonButton").queryAs(Button.class).isVisible());
        assertFalse(robot.lookup("#deletePersonButton").queryAs(Button.class).isVisible());
        assertTrue(robot.lookup("#exportPeopleButton").queryAs(Button.class).isVisible());
    }

    @Test
    void theFormFillsFromTheIdAndShowsErrorsBesideFields(FxRobot robot) {
        PersonListViewModel list = new PersonListViewModel(ctx(OFFICE), t.services().people(), t.services().units());
        PersonFormViewModel form = list.newForm();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(new PersonFormView(form, ctx(OFFICE).messages()).build()));
        robot.clickOn("#idNumberField").write(ResidentId.withCheckDigit("32028119920202001"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1992-02-02", String.valueOf(robot.lookup("#birthDatePicker").queryAs(DatePicker.class).getValue()));
        robot.clickOn("#mobileField").write("12345");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> form.save(List.of(), () -> { }));
        Label mobileError = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && l.getText().startsWith("手机号")).findFirst()
                .orElseThrow();
        assertEquals("手机号应为 11 位数字，现在是 5 位", mobileError.getText());
        assertEquals(ResidentId.withCheckDigit("32028119920202001"),
                robot.lookup("#idNumberField").queryAs(TextField.class).getText());
    }

    @Test
    void oneSaveOfANewPersonShowsAnUnreadableBirthDateWithEveryOtherProblem(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> show(
                PersonListView.create(ctx(OFFICE), t.services().people(), t.services().units())));
        Button add = robot.lookup("#addPersonButton").queryButton();
        javafx.application.Platform.runLater(add::fire);
        assertTrue(FxWait.eventually(() -> robot.lookup("#birthDatePicker").tryQuery().isPresent()), "the form opens");
        DatePicker birth = robot.lookup("#birthDatePicker").queryAs(DatePicker.class);
        robot.interact(() -> {
            robot.lookup("#mobileField").queryAs(TextField.class).setText("12345");
            birth.getEditor().setText("1990-13-45");
            birth.commitValue();
        });
        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        assertTrue(FxWait.eventually(name::isFocused), "focus on the first field in error, the name");
        String unreadable = "无法识别日期“1990-13-45”：请按 年-月-日 输入，如 1990-01-01";
        List<String> shown = robot.lookup("#formDialog").query().lookupAll(".field-error").stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((Label) n).getText()).toList();
        assertEquals(7, shown.size(), "every problem beside its field: " + shown);
        assertEquals(unreadable, shown.get(5), "the birth date's among them, in reading order: " + shown);
        List<String> status = robot.lookup("#formDialog").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(text -> text != null && text.startsWith("姓名：")).toList();
        assertEquals(1, status.size(), "one status line: " + status);
        List<String> lines = List.of(status.get(0).split("\n"));
        assertEquals(7, lines.size(), status.get(0));
        assertEquals(List.of("姓名：必填", "手机号：手机号应为 11 位数字，现在是 5 位", "出生日期：" + unreadable),
                List.of(lines.get(0), lines.get(3), lines.get(5)), "in reading order: " + lines);
        assertEquals(2, t.services().people().list(OFFICE).size(), "nothing saved");
        assertTrue(robot.lookup("#saveButton").tryQuery().isPresent(), "the dialog stays open");
        assertEquals("1990-13-45", birth.getEditor().getText(), "what was typed stays");
    }
}
