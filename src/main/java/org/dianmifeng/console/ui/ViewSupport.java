package org.dianmifeng.console.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Separator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.dianmifeng.console.core.Messages;

/** The few bindings every view repeats: the status line, error labels beside fields, labelled choices. */
public final class ViewSupport {
    /** Room beside a combo box's text: the cell's padding and the arrow button. */
    /** Room in a choice box beside its text: padding and the arrow button. */
    static final double CHOICE_ROOM = 48;

    private ViewSupport() {
    }

    /** A status label that shows the last error in red, else the last notice; a long message wraps, never cut. */
    public static void bindStatus(Label label, ViewModel vm) {
        wrap(label);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get() : vm.noticeProperty().get(),
                vm.errorProperty(), vm.noticeProperty()));
        vm.errorProperty().addListener((o, a, b) -> {
            label.getStyleClass().removeAll("danger", "success");
            label.getStyleClass().add(b != null ? "danger" : "success");
        });
    }

    /**
     * As {@link #bindStatus(Label, ViewModel)}, for a screen with a status line beside each of its parts: the label
     * shows the status only while {@code here} holds (the last command was given in its part), and takes no room
     * otherwise.
     */
    public static void bindStatus(Label label, ViewModel vm, javafx.beans.binding.BooleanExpression here) {
        bindStatus(label, vm);
        label.visibleProperty().bind(here.and(label.textProperty().isNotEmpty()));
        label.managedProperty().bind(label.visibleProperty());
    }

    private static final String TIDY_SEPARATORS = "viewSupport.tidySeparators";

    /**
     * A tool bar's separators stand only between two groups of items shown: where a role's or a row's buttons are
     * hidden, a separator beside another, or at either end, is hidden too and takes no room (the team leader's 人员
     * showed two side by side), again whenever an item is shown or hidden. A separator whose showing a screen binds
     * is left to it. Done once per tool bar ({@link Views#prepare}).
     */
    public static void tidySeparators(ToolBar bar) {
        if (bar.getProperties().putIfAbsent(TIDY_SEPARATORS, Boolean.TRUE) != null) {
            return;
        }
        Runnable tidy = () -> {
            List<Node> items = bar.getItems();
            boolean before = false; // something shown since the last separator shown
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Separator separator)) {
                    before |= holdsSomething(items.get(i));
                    continue;
                }
                boolean after = false;
                for (int j = i + 1; j < items.size() && !(items.get(j) instanceof Separator); j++) {
                    after |= holdsSomething(items.get(j));
                }
                if (!separator.visibleProperty().isBound()) {
                    separator.setVisible(before && after);
                    separator.setManaged(before && after);
                }
                if (separator.isVisible()) {
                    before = false;
                }
            }
        };
        for (Node item : bar.getItems()) {
            if (!(item instanceof Separator)) {
                item.visibleProperty().addListener((o, was, is) -> tidy.run());
            }
        }
        tidy.run();
    }

    private static final String TIPS_WHEN_DISABLED = "viewSupport.tipsWhenDisabled";

    /**
     * A greyed-out command of a tool bar still says what it is on hover. JavaFX picks no disabled node, so its own
     * tooltip never shows: at 1280 px in English the appraisal board's 确认, 退回, 意见 and 理由 showed their icons
     * alone, grey, and said nothing until a row was chosen. The tool bar, which the mouse is then over, shows the
     * item's tooltip, and why it is greyed out where that was given ({@link #whyDisabled}), after the tooltip's own
     * delay, under the item, until the mouse leaves it or a button is pressed. Done once per tool bar
     * ({@link Views#prepare}).
     */
    public static void tipsWhenDisabled(ToolBar bar) {
        tipsWhenDisabled(bar, bar::getItems);
    }

    /**
     * As {@link #tipsWhenDisabled(ToolBar)}, for a row of commands a pane lays out (a flow that wraps them): the
     * greyed-out 编辑儿童信息, 上传同意书 and 保存同意书 of a case's identity say why they cannot be used.
     */
    public static void tipsWhenDisabled(javafx.scene.layout.Pane row) {
        tipsWhenDisabled(row, row::getChildren);
    }

    private static void tipsWhenDisabled(Region area, java.util.function.Supplier<List<Node>> items) {
        if (area.getProperties().containsKey(TIPS_WHEN_DISABLED)) {
            return;
        }
        javafx.scene.control.Tooltip tip = TableColumns.tooltip("");
        area.getProperties().put(TIPS_WHEN_DISABLED, tip);
        Control[] over = new Control[1];
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition();
        Runnable leave = () -> {
            wait.stop();
            tip.hide();
            over[0] = null;
        };
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            Control item = disabledWithTip(items.get(), e.getSceneX(), e.getSceneY());
            if (item == over[0]) {
                return;
            }
            leave.run();
            if (item == null) {
                return;
            }
            over[0] = item;
            wait.setDuration(item.getTooltip() != null ? item.getTooltip().getShowDelay() : tip.getShowDelay());
            wait.setOnFinished(done -> {
                javafx.geometry.Bounds shown = item.localToScreen(item.getBoundsInLocal());
                String text = disabledTip(item);
                if (over[0] == item && shown != null && text != null) {
                    tip.setText(text);
                    tip.show(item, shown.getMinX(), shown.getMaxY() + 4);
                }
            });
            wait.playFromStart();
        });
        area.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> leave.run());
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> leave.run());
    }

    /**
     * The tooltip that {@link #tipsWhenDisabled} shows over the area's greyed-out commands (null before it was
     * called): what {@link #disabledTip} says of the command under the mouse.
     */
    public static javafx.scene.control.Tooltip disabledTipOf(Region area) {
        return area.getProperties().get(TIPS_WHEN_DISABLED) instanceof javafx.scene.control.Tooltip t ? t : null;
    }

    /** The disabled item with something to say under the scene point, or null. */
    private static Control disabledWithTip(List<Node> items, double sceneX, double sceneY) {
        for (Node item : items) {
            if (item instanceof Control c && c.isDisabled() && c.isVisible() && disabledTip(c) != null
                    && c.getLayoutBounds().contains(c.sceneToLocal(sceneX, sceneY))) {
                return c;
            }
        }
        return null;
    }

    private static final String WHY_DISABLED = "viewSupport.whyDisabled";

    /**
     * Says why {@code command} is greyed out: {@code why} is the reason while it is disabled (empty where there is
     * none to give, as before a row is chosen, where what the command does says enough). {@link #tipsWhenDisabled}
     * shows it under the command's own tooltip when the mouse rests on it; the command's own tooltip is left as it
     * is ({@link ExportControls} may put the command's text in it when it shows its icon alone).
     */
    public static void whyDisabled(Control command, javafx.beans.value.ObservableStringValue why) {
        command.getProperties().put(WHY_DISABLED, why);
    }

    /**
     * As {@link #whyDisabled(Control, javafx.beans.value.ObservableStringValue)}, the reason worked out by
     * {@code why} (empty for none) whenever one of {@code dependencies} changes.
     */
    public static void whyDisabled(Control command, java.util.concurrent.Callable<String> why,
                                   javafx.beans.Observable... dependencies) {
        whyDisabled(command, javafx.beans.binding.Bindings.createStringBinding(why, dependencies));
    }

    /**
     * What a greyed-out command says on hover: its own tooltip's text and, on the next line, why it is disabled
     * ({@link #whyDisabled}); null when it has neither, or when it is not disabled.
     */
    public static String disabledTip(Control command) {
        if (!command.isDisabled()) {
            return null;
        }
        String own = command.getTooltip() == null ? null : command.getTooltip().getText();
        String why = command.getProperties().get(WHY_DISABLED) instanceof javafx.beans.value.ObservableStringValue v
                ? v.get() : null;
        String text = java.util.stream.Stream.of(own, why).filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    /** Whether a tool bar's item shows anything: shown, and not an empty spacer. */
    private static boolean holdsSomething(Node item) {
        return item.isVisible() && !(item instanceof javafx.scene.layout.Region r && !(r instanceof Control)
                && r.getChildrenUnmodifiable().isEmpty());
    }

    /**
     * A chart's category label of several words on two lines, broken at the space nearest its middle: at 1280 px in
     * English the dashboard's axis turned "Probationary CPC member" and its neighbours on their side, and the
     * appraisal board's "Basically qualified" at 1600 px. Labels without a space (Chinese) stay whole.
     */
    public static String twoLines(String label) {
        if (label.length() <= 12) {
            return label;
        }
        int middle = label.length() / 2;
        int best = -1;
        for (int i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) {
                best = i;
            }
        }
        return best < 0 ? label : label.substring(0, best) + "\n" + label.substring(best + 1);
    }

    /** Shows the nodes, or hides them so that they also take no room. */
    public static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /**
     * Runs {@code action} when the tab is first shown (at once if it is shown now), once: what a tab shows is built or
     * read only if someone looks at it (a screen's first opening builds and styles its first tab alone).
     */
    public static void onFirstShown(Tab tab, Runnable action) {
        if (tab.isSelected()) {
            action.run();
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean shown) {
                if (shown) {
                    tab.selectedProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * Keeps the tab's content out of the scene until the tab is first shown, then puts it in and runs {@code then}: a
     * screen's first opening styles and lays out what it shows, not what waits behind another tab.
     */
    public static void contentWhenShown(Tab tab, Runnable then) {
        Node content = tab.getContent();
        if (!tab.isSelected()) {
            tab.setContent(null);
        }
        onFirstShown(tab, () -> {
            tab.setContent(content);
            then.run();
        });
    }

    /** Lets a label's text wrap onto as many lines as it needs instead of ending in "…". */
    public static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    /**
     * The nodes under {@code root} (itself included) in reading order, as FXML lays them out: children, the
     * contents of scroll panes, split panes, tabs and titled panes, so that a form's fields are found before
     * the panes that hold them are shown.
     */
    public static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (node == null) {
            return;
        }
        out.add(node);
        if (node instanceof ScrollPane sp) {
            collect(sp.getContent(), out);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> collect(n, out));
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                collect(tab.getContent(), out);
            }
        } else if (node instanceof ToolBar bar) {
            bar.getItems().forEach(n -> collect(n, out));
        } else if (node instanceof TitledPane titled) {
            collect(titled.getContent(), out);
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, out));
        }
    }

    /** A list cell that shows {@code text} of its item, of the empty choice too (e.g. 全部 for a filter's null). */
    public static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    /** Sets a filter's choices after the empty one (all), keeping the chosen one while it is still among them. */
    public static <T> void refill(ComboBox<T> box, List<T> choices) {
        T keep = box.getValue();
        box.getItems().setAll(choices);
        box.getItems().add(0, null);
        box.setValue(keep != null && choices.contains(keep) ? keep : null);
    }

    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // choices are picked from the list, never typed
            }
        };
    }

    /**
     * The language switch of the main window, the first start and the sign-in: Chinese and English, each named in
     * its own language, showing {@code messages}' language; a choice of the other calls {@code onChoice}.
     */
    public static void languageChoice(ComboBox<Locale> box, Messages messages, Consumer<Locale> onChoice) {
        box.getItems().setAll(Messages.CHINESE, Messages.ENGLISH);
        box.setConverter(converter(l -> messages.text("language." + l.getLanguage())));
        box.setValue(messages.locale().getLanguage().equals("en") ? Messages.ENGLISH : Messages.CHINESE);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                onChoice.accept(b);
            }
        });
    }

    /**
     * The cell a combo box shows its value in: its button cell, or the one its skin made (a lookup may find a cell
     * of the box's list first, whose text is empty: "2026年" was then measured as nothing and cut to "202…"); null
     * before the box has a skin.
     */
    public static Node shownCell(Node box) {
        if (box instanceof ComboBox<?> combo && combo.getButtonCell() != null) {
            return combo.getButtonCell();
        }
        return box.lookupAll(".list-cell").stream().filter(c -> c.getParent() == box).findFirst().orElse(null);
    }

    /**
     * Keeps a combo box at least as wide as the longest of its choices, as {@code text} shows them (a choice null
     * included, e.g. "all"), now and whenever its choices change: choices loaded after the box was first sized
     * are never cut to "全…".
     */
    public static <T> void fitChoices(ComboBox<T> box, Function<T, String> text) {
        Runnable fit = () -> box.setMinWidth(Math.ceil(box.getItems().stream()
                .mapToDouble(item -> shownWidth(box, text.apply(item))).max().orElse(0) + CHOICE_ROOM));
        box.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> fit.run());
        keepFitting(box, fit);
    }

    /**
     * Keeps a combo box at least as wide as its chosen value, as {@code text} shows it: a long name chosen (a team
     * leader's own team, a branch) widens the box instead of being cut to "宜兴市供电公司“蜜蜂行动”青年…"; the box
     * keeps its own width for shorter ones, and its row makes room (a flow wraps, a toolbar's filters give).
     */
    public static <T> void fitChosen(ComboBox<T> box, Function<T, String> text) {
        Runnable fit = () -> box.setMinWidth(Math.ceil(shownWidth(box, text.apply(box.getValue())) + CHOICE_ROOM));
        box.valueProperty().addListener((o, a, b) -> fit.run());
        keepFitting(box, fit);
    }

    /** The width of {@code text} in the font the box shows its value in (the default font before it is styled). */
    private static double shownWidth(ComboBox<?> box, String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(shownCell(box) instanceof Labeled l && l.getFont() != null ? l.getFont()
                : javafx.scene.text.Font.getDefault());
        return probe.getLayoutBounds().getWidth();
    }

    private static void keepFitting(ComboBox<?> box, Runnable fit) {
        // measured again once styled: before its skin and style sheet, a box's cell has the default font, smaller
        // than the theme's ("全部级别" measured so was cut to "全部...")
        box.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(fit));
        if (box.getButtonCell() != null) {
            box.getButtonCell().fontProperty().addListener((o, a, b) -> fit.run());
        }
        fit.run();
    }

    /** The widest a text field grows to show its prompt whole ({@link #fitPrompt}). */
    static final double PROMPT_MAX = 360;
    /** Marks a text field whose width {@link #fitPrompt} chose. */
    private static final String PROMPT_FITTED = "bee.promptFitted";

    /**
     * Keeps a text field as wide as its prompt needs (what a filter searches by: "搜索活动、地点、服务队、项目"), up to
     * {@link #PROMPT_MAX}, where it was given fewer columns: a filter row that wraps gives it that width; a toolbar
     * that must narrow it shows the prompt on hover ({@link ExportControls}). Measured again once styled.
     */
    public static void fitPrompt(TextField field) {
        Runnable fit = () -> {
            String prompt = field.getPromptText();
            boolean fitted = field.getProperties().containsKey(PROMPT_FITTED);
            if (prompt == null || prompt.isEmpty() || field.getFont() == null || field.getPrefWidth() > 0 && !fitted) {
                return; // no prompt, or a width the view chose
            }
            field.setPrefWidth(Region.USE_COMPUTED_SIZE); // measured afresh in the font it has now
            javafx.scene.text.Text probe = new javafx.scene.text.Text(prompt);
            probe.setFont(field.getFont());
            double needed = Math.ceil(probe.getLayoutBounds().getWidth() + field.snappedLeftInset()
                    + field.snappedRightInset()) + 2;
            if (needed > field.prefWidth(-1)) {
                field.setPrefWidth(Math.min(needed, PROMPT_MAX));
                field.getProperties().put(PROMPT_FITTED, Boolean.TRUE);
            }
        };
        field.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(fit));
        field.fontProperty().addListener((o, a, b) -> fit.run());
    }

    /** Fills a combo box with the constants of an enum, shown by their bundle labels. */
    public static <E extends Enum<E>> void enumChoices(ComboBox<E> box, Class<E> type, Messages messages) {
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(converter(messages::label));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        });
    }
}
