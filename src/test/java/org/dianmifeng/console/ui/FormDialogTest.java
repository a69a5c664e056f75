package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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

/** The form dialog every area uses: focus, Enter, errors that make it grow, the first field in error, dates. */
@ExtendWith(ApplicationExtension.class)
class FormDialogTest {
    private static final int FIELDS = 14;
    private final Messages messages = Messages.of(Messages.CHINESE);
    private final FieldErrors errors = new FieldErrors(messages);
    private final List<TextField> inputs = new ArrayList<>();
    private final AtomicInteger saves = new AtomicInteger();
    private DatePicker picker;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        org.dianmifeng.console.testing.FxWait.hideWindowsBut(stage);
    }

    /** A form of many fields and a date; its Save refuses with long problems for the fields {@code wrong}. */
    private void open(String... wrong) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        FormFields fields = new FormFields(errors);
        for (int i = 0; i < FIELDS; i++) {
            TextField input = new TextField();
            input.setId("field" + i);
            Label error = new Label();
            fields.add("f" + i, input, error);
            inputs.add(input);
            grid.addRow(i, new Label("字段 " + i), new VBox(2, input, error));
        }
        picker = new DatePicker();
        picker.setId("datePicker");
        Label dateError = new Label();
        fields.add("date", picker, dateError);
        grid.addRow(FIELDS, new Label("日期"), new VBox(2, picker, dateError));
        Platform.runLater(() -> Dialogs.form(stage, messages, "表单", grid, done -> {
            saves.incrementAndGet();
            List<Problem> problems = new ArrayList<>();
            for (String f : wrong) {
                problems.add(Problem.of(f, "error.date.unreadable", "这是一段很长的说明，".repeat(12)));
            }
            if (problems.isEmpty()) {
                done.run();
            } else {
                errors.show(new ValidationException(problems));
            }
        }, new SimpleBooleanProperty(false)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inside(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Scene scene = node.getScene();
        return b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() + 0.5 && b.getMaxX() <= scene.getWidth() + 0.5;
    }

    @Test
    void aNewFormFocusesItsFirstFieldAndEnterSaves(FxRobot robot) {
        open();
        assertTrue(FxWait.eventually(() -> inputs.get(0).isFocused()), "focus on the first field, not on a button");
        robot.write("张三").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, saves.get(), "Enter in a field saves");
        assertTrue(robot.lookup("#saveButton").tryQuery().isEmpty(), "the saved form closed");
    }

    @Test
    void errorsMakeTheDialogGrowSoSaveStaysInsideAndFocusGoesToTheFirstFieldInError(FxRobot robot) {
        open("f9", "f3", "f12");
        Button save = robot.lookup("#saveButton").queryButton();
        double before = save.getScene().getWindow().getHeight();
        robot.clickOn(inputs.get(FIELDS - 1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, saves.get());
        assertNotNull(errors.message("f3"));
        assertTrue(save.getScene().getWindow().getHeight() > before, "the dialog grew with its errors");
        assertTrue(inside(save), "Save stays inside the dialog: " + save.localToScene(save.getBoundsInLocal())
                + " in " + save.getScene().getHeight());
        assertTrue(inside(robot.lookup(".button-bar").query()), "the buttons are seen");
        assertTrue(FxWait.eventually(() -> inputs.get(3).isFocused()), "focus on the first field in error in reading order");
        assertTrue(inside(inputs.get(3)), "and it is scrolled into view");
    }

    @Test
    void aDatePickerShowsIsoDatesAndRefusesAnUnreadableOneWithAMessage(FxRobot robot) {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> picker.setValue(LocalDate.of(1990, 1, 1)));
        assertEquals("1990-01-01", picker.getEditor().getText());
        robot.clickOn(picker.getEditor()).eraseText(10).write("1990/2/3").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(1990, 2, 3), picker.getValue(), "1990/2/3 is read too");
        assertEquals("1990-02-03", picker.getEditor().getText());

        // Tab first: leaving the field reads it, and its message makes the dialog grow; a click on Save pressed
        // before the growth could be released where Save no longer was, and run nothing
        robot.clickOn(picker.getEditor()).eraseText(10).write("1990-13-45").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveButton");
        // the press takes focus to Save, its release runs Save: on a loaded machine the release can come after
        // the robot's own wait, so wait (bounded) for the refusal to bring focus back to the date
        assertTrue(FxWait.eventually(() -> picker.isFocused() || picker.getEditor().isFocused()), "focus back on the date");
        assertEquals(0, saves.get(), "Save is refused while the date cannot be read");
        assertEquals(LocalDate.of(1990, 2, 3), picker.getValue(), "the value is not dropped silently");
        assertEquals("1990-13-45", picker.getEditor().getText(), "what was typed stays, to be corrected");
        assertEquals("无法识别日期“1990-13-45”：请按 年-月-日 输入，如 1990-01-01",
                DateFields.rejection(picker).get());
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && DateFields.rejection(picker).get().equals(l.getText())),
                "the message shows under the field");

        robot.clickOn(picker.getEditor()).eraseText(12).write("1991-04-05").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(DateFields.rejection(picker).get());
        assertEquals(LocalDate.of(1991, 4, 5), picker.getValue());

        javafx.scene.text.Text date = new javafx.scene.text.Text("1991-04-05");
        date.setFont(picker.getEditor().getFont());
        assertTrue(picker.getMinWidth() >= date.getLayoutBounds().getWidth(),
                "however a toolbar shrinks it, a picker keeps room for a whole date");
    }

    /**
     * Enter in a date field runs Save before the field reads what was typed: the unreadable date is refused at its
     * field all the same, never saved as the date the field held before.
     */
    @Test
    void enterInADateFieldHoldingAnUnreadableDateDoesNotSaveTheOldDate(FxRobot robot) {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> picker.setValue(LocalDate.of(1990, 1, 1)));
        robot.clickOn(picker.getEditor()).eraseText(10).write("1990-13-45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, saves.get(), "not saved with 1990-01-01");
        assertEquals("1990-13-45", picker.getEditor().getText(), "what was typed stays, to be corrected");
        assertNotNull(DateFields.rejection(picker).get(), "refused at the field");
    }

    /**
     * A date refused in an empty field, then Enter in another field, twice: the form is refused each time, the date
     * stays as typed with its message (a new honour was saved with no date, the typed one gone).
     */
    @Test
    void enterInAnotherFieldAfterARefusedDateSavesNothingAndKeepsTheDate(FxRobot robot) {
        open();
        robot.clickOn(picker.getEditor()).write("2026-02-30");
        robot.clickOn(inputs.get(0)).write("荣誉");
        for (int i = 0; i < 2; i++) {
            robot.clickOn(inputs.get(0)).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, saves.get(), "Enter " + (i + 1) + " saves nothing");
            assertEquals("2026-02-30", picker.getEditor().getText(), "the date stays as typed after Enter " + (i + 1));
            assertNotNull(DateFields.rejection(picker).get(), "and refused at its field");
        }
        assertNull(picker.getValue());
    }

    /**
     * A date typed over the one held, not yet read, and the calendar opened and closed: what was typed stays, refused
     * with its message (the calendar showed the date held before in its place, without a word).
     */
    @Test
    void aDateTypedAndNotYetReadIsReadWhenTheCalendarOpens(FxRobot robot) {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> picker.setValue(LocalDate.of(2026, 1, 1)));
        robot.clickOn(picker.getEditor()).eraseText(10).write("2026-13-45");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertTrue(FxWait.eventually(picker::isShowing), "the calendar opens");
        robot.type(KeyCode.ESCAPE);
        assertTrue(FxWait.eventually(() -> !picker.isShowing()), "Esc closes it");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2026-13-45", picker.getEditor().getText(), "what was typed stays");
        assertEquals("无法识别日期“2026-13-45”：请按 年-月-日 输入，如 1990-01-01", DateFields.rejection(picker).get());
        assertEquals(LocalDate.of(2026, 1, 1), picker.getValue(), "the date held is not replaced");
    }

    /** The day {@code day} of the month the open calendar shows. */
    private static javafx.scene.control.DateCell dayInCalendar(FxRobot robot, int day) {
        return robot.lookup(".day-cell").queryAllAs(javafx.scene.control.DateCell.class).stream()
                .filter(c -> c.isVisible() && String.valueOf(day).equals(c.getText())
                        && !c.getStyleClass().contains("previous-month") && !c.getStyleClass().contains("next-month"))
                .findFirst().orElseThrow();
    }

    private boolean danger() {
        return picker.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger"));
    }

    /**
     * A date refused in an empty date field stays typed, red and explained when the calendar opens and closes (the
     * picker's skin wrote the empty value back over it, and then read that as "no date"); no tooltip shows beside the
     * open calendar; a day chosen in it replaces the refused text and its message.
     */
    @Test
    void aRefusedDateStaysTypedWhenTheCalendarOpensAndClosesUntilADayIsChosen(FxRobot robot) {
        open();
        String refusal = "无法识别日期“2020/13/45”：请按 年-月-日 输入，如 1990-01-01";
        robot.clickOn(picker.getEditor()).write("2020/13/45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, saves.get());
        assertEquals("2020/13/45", picker.getEditor().getText(), "Enter keeps what was typed");
        assertEquals(refusal, DateFields.rejection(picker).get());

        for (KeyCode open : new KeyCode[] {KeyCode.F4, KeyCode.DOWN}) {
            robot.clickOn(picker.getEditor()).moveTo(inputs.get(FIELDS - 1));
            if (open == KeyCode.DOWN) {
                robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
            } else {
                robot.type(open);
            }
            assertTrue(FxWait.eventually(picker::isShowing), "the calendar opens with " + open);
            assertEquals("2020/13/45", picker.getEditor().getText(), "opening the calendar keeps what was typed");
            // the mouse comes onto the field while its calendar is open
            robot.moveTo(picker.getEditor()).moveBy(3, 1);
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(picker.getTooltip() == null || !picker.getTooltip().isShowing(),
                    "no tooltip beside the open calendar");
            robot.type(KeyCode.ESCAPE);
            assertTrue(FxWait.eventually(() -> !picker.isShowing()), "Esc closes the calendar");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("2020/13/45", picker.getEditor().getText(), "closing the calendar keeps what was typed");
            assertEquals(refusal, DateFields.rejection(picker).get(), "and its message");
            assertTrue(danger(), "and its red border");
            assertNull(picker.getValue());
        }
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, saves.get(), "still refused at the field");
        assertEquals("2020/13/45", picker.getEditor().getText());

        robot.clickOn(picker.getEditor()).type(KeyCode.F4);
        assertTrue(FxWait.eventually(picker::isShowing));
        robot.clickOn(dayInCalendar(robot, 15));
        assertTrue(FxWait.eventually(() -> !picker.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate chosen = java.time.YearMonth.now().atDay(15);
        assertEquals(chosen, picker.getValue(), "the day chosen is the date");
        assertEquals(DateFields.FORMAT.format(chosen), picker.getEditor().getText(), "in place of the refused text");
        assertNull(DateFields.rejection(picker).get(), "its message goes");
        assertTrue(!danger(), "and its red border");
    }

    /** The day the picker held before a refused text, chosen again in the calendar, replaces that text too. */
    @Test
    void theDayHeldBeforeARefusalChosenInTheCalendarReplacesTheRefusedText(FxRobot robot) {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> picker.setValue(LocalDate.of(1990, 1, 20)));
        robot.clickOn(picker.getEditor()).eraseText(10).write("1990-13-45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1990-13-45", picker.getEditor().getText());
        robot.clickOn(picker.getEditor()).type(KeyCode.F4);
        assertTrue(FxWait.eventually(picker::isShowing));
        robot.clickOn(dayInCalendar(robot, 20));
        assertTrue(FxWait.eventually(() -> !picker.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(1990, 1, 20), picker.getValue());
        assertEquals("1990-01-20", picker.getEditor().getText(), "the day chosen shows");
        assertNull(DateFields.rejection(picker).get(), "and the refusal goes");
    }

    /**
     * A screen's own Save (the projects, a case's visits and follow-ups) asks its date fields first: one holding a
     * typed date it cannot read refuses the save, the date it held before is not used; a readable one is read.
     */
    @Test
    void aScreensOwnSaveIsRefusedWhileADateTypedCannotBeRead() {
        DatePicker[] pickers = new DatePicker[2];
        boolean[] refused = new boolean[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            for (int i = 0; i < 2; i++) {
                pickers[i] = new DatePicker(LocalDate.of(2026, 1, 1));
                DateFields.apply(pickers[i], messages);
            }
            stage.setScene(new Scene(new VBox(pickers[0], pickers[1]), 400, 200));
            pickers[0].getEditor().setText("2026-03-04");
            refused[0] = DateFields.refuseUnreadable(pickers);
            pickers[1].getEditor().setText("2026-13-45");
            refused[1] = DateFields.refuseUnreadable(pickers);
        });
        assertTrue(!refused[0], "a readable date typed is read, not refused");
        assertEquals(LocalDate.of(2026, 3, 4), pickers[0].getValue());
        assertTrue(refused[1], "refused while one cannot be read");
        assertEquals(LocalDate.of(2026, 1, 1), pickers[1].getValue(), "the date held before is not taken for it");
        assertNotNull(DateFields.rejection(pickers[1]).get());
    }

    /** While its save runs a form cannot be cancelled or closed: its outcome shows in the form. */
    @Test
    void aFormStaysWhileItsSaveRuns(FxRobot robot) {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(true);
        Platform.runLater(() -> Dialogs.form(stage, messages, "表单", new VBox(new TextField()), done -> { }, busy));
        assertTrue(FxWait.eventually(() -> robot.lookup("#saveButton").tryQuery().isPresent()));
        javafx.scene.control.DialogPane pane = robot.lookup("#formDialog").queryAs(javafx.scene.control.DialogPane.class);
        Node cancel = pane.lookupButton(pane.getButtonTypes().get(1));
        assertTrue(cancel.isDisabled(), "取消 greyed out while saving");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> pane.getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(pane.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(pane.getScene().getWindow().isShowing(), "not closed while saving");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> busy.set(false));
        assertTrue(!cancel.isDisabled(), "取消 again once the save has ended");
    }

    @Test
    void anEmptyTablesPlaceholderIsInTheUsersLanguage() {
        javafx.scene.control.TableView<String> table = new javafx.scene.control.TableView<>();
        Views.prepare(new VBox(table), messages);
        assertEquals("没有记录", ((Label) table.getPlaceholder()).getText());
        javafx.scene.control.TableView<String> english = new javafx.scene.control.TableView<>();
        TableColumns.placeholder(english, Messages.of(Messages.ENGLISH));
        assertEquals("No records", ((Label) english.getPlaceholder()).getText());
        Label own = new Label("own");
        english.setPlaceholder(own);
        TableColumns.placeholder(english, messages);
        assertSame(own, english.getPlaceholder(), "a view's own placeholder is kept");
    }
    /**
     * A dialog that asks for a reason opens with the cursor in the text (typing went to 确定), and a required reason
     * left blank is refused in the dialog, which stays open (it closed, and the service's refusal came after).
     */
    @Test
    void aRequiredTextIsTypedAtOnceAndRefusedBlankInItsDialog(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>> answer = new java.util.concurrent.atomic.AtomicReference<>();
        Platform.runLater(() -> answer.set(Dialogs.askText(stage, messages, "作废", "作废理由：", "", true)));
        assertTrue(FxWait.eventually(() -> robot.lookup("#askTextField").tryQuery().map(Node::isFocused).orElse(false)),
                "the cursor in the text");
        robot.type(KeyCode.SPACE);
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        robot.interact(ok::fire);
        assertTrue(robot.lookup("#askTextField").tryQuery().isPresent(), "a blank reason keeps the dialog open");
        assertTrue(robot.lookup("#askTextError").queryAs(Label.class).isVisible());
        assertEquals("必填", robot.lookup("#askTextError").queryAs(Label.class).getText());
        assertNull(answer.get());
        robot.clickOn("#askTextField").write("重复出具");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#askTextError").queryAs(Label.class).isVisible(), "typing takes the message away: "
                + robot.lookup("#askTextField").queryAs(javafx.scene.control.TextArea.class).getText() + " focus "
                + robot.lookup("#askTextField").queryAs(javafx.scene.control.TextArea.class).isFocused());
        robot.interact(ok::fire);
        assertTrue(FxWait.eventually(() -> answer.get() != null), "OK closes it");
        assertEquals(" 重复出具", answer.get().orElseThrow());
    }
    /** A form opens on its first field that shows: the reset password's hidden old password (in a hidden box) is not. */
    @Test
    void theFirstFieldIsTheFirstThatShowsNotOneInAHiddenBox(FxRobot robot) {
        TextField old = new TextField();
        VBox oldBox = new VBox(old);
        TextField fresh = new TextField();
        FormFields fields = new FormFields(errors);
        fields.add("old", old, new Label()).add("fresh", fresh, new Label());
        VBox form = new VBox(oldBox, fresh);
        robot.interact(() -> {
            stage.getScene().setRoot(new StackPane(form));
            oldBox.setVisible(false);
        });
        assertTrue(old.isVisible(), "the field itself says visible");
        assertSame(fresh, FormFields.firstInput(form).orElseThrow());
    }
}
