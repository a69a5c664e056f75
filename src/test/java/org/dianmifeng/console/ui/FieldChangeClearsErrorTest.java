package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a refused save, the message under a field goes as soon as the person changes that field (types in it, chooses
 * in it, ticks it); the other fields keep theirs until they are changed or the next save. What the form itself changes
 * while it shows its problems takes none away.
 */
@ExtendWith(ApplicationExtension.class)
class FieldChangeClearsErrorTest {
    private final Messages messages = Messages.of(Messages.CHINESE);
    private final FieldErrors errors = new FieldErrors(messages);
    private final AtomicInteger saves = new AtomicInteger();
    private TextField name;
    private TextArea notes;
    private ComboBox<String> kind;
    private ChoiceBox<String> level;
    private CheckBox agreed;
    private DatePicker date;
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        org.dianmifeng.console.testing.FxWait.hideWindowsBut(stage);
    }

    /** A form whose Save refuses every field as 必填 and then tidies the name, as a view model may. */
    private void open() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            name = new TextField();
            notes = new TextArea();
            kind = new ComboBox<>();
            level = new ChoiceBox<>();
            agreed = new CheckBox("同意");
            date = new DatePicker();
        });
        kind.getItems().setAll("甲", "乙");
        level.getItems().setAll("一级", "二级");
        notes.setPrefRowCount(2);
        FormFields fields = new FormFields(errors);
        VBox form = new VBox(4);
        Map<String, Node> inputs = new LinkedHashMap<>();
        inputs.put("name", name);
        inputs.put("notes", notes);
        inputs.put("kind", kind);
        inputs.put("level", level);
        inputs.put("agreed", agreed);
        inputs.put("date", date);
        inputs.forEach((field, input) -> {
            Label error = new Label();
            labels.put(field, error);
            fields.add(field, input, error);
            form.getChildren().addAll(input, error);
        });
        Platform.runLater(() -> Dialogs.form(stage, messages, "表单", form, done -> {
            saves.incrementAndGet();
            List<Problem> problems = new ArrayList<>();
            inputs.keySet().forEach(f -> problems.add(Problem.of(f, "error.required")));
            errors.show(new ValidationException(problems));
            name.setText(name.getText().strip()); // the form's own change, in the save that showed the problems
        }, new SimpleBooleanProperty(false)));
        assertTrue(FxWait.eventually(() -> name.getScene() != null && name.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> shown() {
        List<String> out = new ArrayList<>();
        labels.forEach((field, label) -> {
            if (label.isVisible() && "必填".equals(label.getText())) {
                out.add(field);
            }
        });
        return out;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFieldsMessageGoesWhenThePersonChangesItAndTheOthersStay(FxRobot robot) {
        open();
        robot.clickOn(name).write("  ").type(KeyCode.ENTER);
        assertTrue(FxWait.eventually(() -> saves.get() == 1));
        settle();
        assertEquals("", name.getText(), "the save tidied the name");
        assertEquals(List.of("name", "notes", "kind", "level", "agreed", "date"), shown(),
                "the form's own change during its save takes no message away");

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> kind.setValue("乙"));
        assertEquals(6, shown().size(), "nor does a change the form makes in a field the person is not in");

        robot.clickOn(name).write("张三");
        settle();
        assertEquals(List.of("notes", "kind", "level", "agreed", "date"), shown(), "typing in the name takes its 必填 away");
        assertNull(errors.message("name"));

        robot.clickOn(notes).write("备注");
        settle();
        assertEquals(List.of("kind", "level", "agreed", "date"), shown(), "typing in a text area");

        robot.clickOn(kind);
        assertTrue(FxWait.eventually(kind::isShowing));
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "甲".equals(c.getText())).findFirst().orElseThrow());
        settle();
        assertEquals("甲", kind.getValue());
        assertEquals(List.of("level", "agreed", "date"), shown(), "choosing in a combo box");

        robot.clickOn(level);
        assertTrue(FxWait.eventually(level::isShowing));
        robot.clickOn("二级");
        settle();
        assertEquals("二级", level.getValue());
        assertEquals(List.of("agreed", "date"), shown(), "choosing in a choice box");

        robot.clickOn(agreed);
        settle();
        assertTrue(agreed.isSelected());
        assertEquals(List.of("date"), shown(), "ticking a check box");

        robot.clickOn(date.getEditor()).write("2020-01-02").type(KeyCode.TAB);
        settle();
        assertEquals(List.of(), shown(), "typing a date");

        robot.clickOn("#saveButton");
        assertTrue(FxWait.eventually(() -> saves.get() == 2));
        settle();
        assertEquals(6, shown().size(), "the next save checks every field again");
    }

    @Test
    void aDayChosenInTheCalendarTakesTheDatesMessageAway(FxRobot robot) {
        open();
        robot.clickOn("#saveButton");
        assertTrue(FxWait.eventually(() -> saves.get() == 1));
        settle();
        assertEquals(6, shown().size());
        robot.clickOn(date.getEditor()).type(KeyCode.F4);
        assertTrue(FxWait.eventually(date::isShowing));
        robot.clickOn(robot.lookup(".day-cell").queryAllAs(javafx.scene.control.DateCell.class).stream()
                .filter(c -> c.isVisible() && "10".equals(c.getText()) && !c.getStyleClass().contains("previous-month")
                        && !c.getStyleClass().contains("next-month"))
                .findFirst().orElseThrow());
        settle();
        assertEquals(java.time.YearMonth.now().atDay(10), date.getValue());
        assertEquals(List.of("name", "notes", "kind", "level", "agreed"), shown());
    }
    /**
     * The status line under a form lists the problems still shown: a field the person changes takes its line out of
     * the list, and with none left the list goes (it kept "Activity: Required" under a filled activity).
     */
    @Test
    void theStatusListsOnlyTheProblemsStillShown() {
        FieldErrors shown = new FieldErrors(messages);
        ViewModel vm = new ViewModel(new UiContext(org.dianmifeng.console.testing.TestServices.ADMIN, messages,
                TaskRunner.direct())) { };
        vm.refused(shown, new ValidationException(List.of(Problem.of("person.name", "error.required"),
                Problem.of("person.mobile", "error.required"))));
        assertEquals("姓名：必填\n手机号：必填", vm.errorProperty().get());
        shown.clear("person.name");
        assertEquals("手机号：必填", vm.errorProperty().get());
        shown.clear("person.mobile");
        assertEquals(null, vm.errorProperty().get());
    }
}
