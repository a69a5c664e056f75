package org.dianmifeng.console.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first use of a kind of control in a run costs the FX thread its classes, its skin's first building and code not
 * yet compiled, on top of what building the screen costs every time. While the sign-in screen waits for a password (a
 * person takes seconds to type it, and the FX thread has nothing to do), each kind the screens use is built once,
 * styled and laid out off the screen, then dropped: one kind at a time, only in a pause of the person (no key and no
 * move of the mouse for {@link #QUIET_NANOS}; a move may be on its way to 登录), so that nothing they do is held up.
 * It stops as soon as the screen no longer waits ({@code waiting} false: signed in).
 */
public final class ControlsWarmUp {
    /** Before the first piece: the sign-in screen is shown first. */
    private static final Duration START = Duration.millis(300);
    /** Between two pieces: the FX thread is free for what the person types. */
    private static final Duration GAP = Duration.millis(30);
    /** A piece waits until the person has not typed or moved the mouse for this long (a pause). */
    static final long QUIET_NANOS = 300_000_000L;
    private final Scene like;
    private final BooleanSupplier waiting;
    private final List<Supplier<Node>> kinds = specimens();
    private final EventHandler<InputEvent> input = e -> lastInput = System.nanoTime();
    private long lastInput = System.nanoTime() - QUIET_NANOS;
    private int built;

    /**
     * A warm-up styled like {@code like} (its stylesheets; the application's theme) while {@code waiting} holds, each
     * piece in a pause of the keys and the mouse in that scene.
     */
    public ControlsWarmUp(Scene like, BooleanSupplier waiting) {
        this.like = like;
        this.waiting = waiting;
    }

    /** Starts it, on the FX thread: the first piece after {@link #START}, each next one after {@link #GAP}. */
    public ControlsWarmUp start() {
        like.addEventFilter(InputEvent.ANY, input);
        next(START);
        return this;
    }

    /** How many kinds were built so far (of {@link #specimens}). */
    public int built() {
        return built;
    }

    private void next(Duration after) {
        if (built >= kinds.size()) {
            stop();
            return;
        }
        PauseTransition pause = new PauseTransition(after);
        pause.setOnFinished(e -> {
            if (!waiting.getAsBoolean()) {
                stop();
            } else if (System.nanoTime() - lastInput < QUIET_NANOS) {
                next(GAP); // the person is typing: later
            } else {
                build(like, kinds.get(built).get());
                built++;
                next(GAP);
            }
        });
        pause.play();
    }

    private void stop() {
        like.removeEventFilter(InputEvent.ANY, input);
    }

    /** Styles and lays out {@code node} in a scene of its own, never shown (its skin is made by the styling). */
    static void build(Scene like, Node node) {
        StackPane root = new StackPane(node);
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().setAll(like.getStylesheets());
        root.applyCss();
        root.layout();
    }

    /** One node per kind of control (and of chart) the screens and forms use, with content enough for its cells. */
    static List<Supplier<Node>> specimens() {
        return List.of(
                ControlsWarmUp::table,
                () -> {
                    TreeItem<String> root = new TreeItem<>("一");
                    root.getChildren().add(new TreeItem<>("二"));
                    root.setExpanded(true);
                    return new TreeView<>(root);
                },
                () -> new ListView<>(FXCollections.observableArrayList("一", "二")),
                () -> {
                    ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList("一", "二"));
                    box.getSelectionModel().selectFirst();
                    return box;
                },
                () -> new DatePicker(LocalDate.of(2026, 1, 1)),
                () -> new VBox(new TextField("一"), new PasswordField(), new Label("一")),
                () -> new TextArea("一"),
                () -> new VBox(new CheckBox("一"), new RadioButton("二"), new Hyperlink("三")),
                () -> {
                    Button button = new Button("一", new FontIcon("fth-download"));
                    button.setTooltip(new Tooltip("一"));
                    return new ToolBar(button, new Button("二"));
                },
                () -> new VBox(new ProgressBar(0.5), new ProgressIndicator(0.5)),
                () -> new Spinner<Integer>(0, 10, 1),
                () -> new TabPane(new Tab("一", new Label("一")), new Tab("二")),
                () -> new SplitPane(new ScrollPane(new Label("一")), new TitledPane("二", new Label("二"))),
                () -> {
                    GridPane grid = new GridPane();
                    grid.addRow(0, new Label("一"), new TextField());
                    return new FlowPane(grid);
                },
                () -> {
                    PieChart pie = new PieChart(FXCollections.observableArrayList(
                            new PieChart.Data("一", 1), new PieChart.Data("二", 2)));
                    pie.setAnimated(false);
                    return pie;
                },
                () -> {
                    BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
                    bars.setAnimated(false);
                    XYChart.Series<String, Number> series = new XYChart.Series<>();
                    series.getData().add(new XYChart.Data<>("一", 1));
                    bars.getData().add(series);
                    return bars;
                });
    }

    private static Node table() {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("一", "二"));
        TableColumn<String, String> column = new TableColumn<>("一");
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        table.getColumns().add(column);
        return table;
    }
}
