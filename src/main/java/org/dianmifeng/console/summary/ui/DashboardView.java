package org.dianmifeng.console.summary.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The home screen: the year's key figures as tiles and charts, for the whole company or a chosen unit. */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final Messages messages;
    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label unitLabel;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private Label headingLabel;
    @FXML private FlowPane tilePane;
    @FXML private BarChart<String, Number> honourChart;
    @FXML private BarChart<String, Number> gradeChart;
    @FXML private PieChart caseChart;
    /** The theme's colours of a pie's slices, repeated after that many. */
    private static final int PIE_COLOURS = 8;
    @FXML private BarChart<String, Number> peopleChart;
    @FXML private Label honourEmpty;
    @FXML private Label gradeEmpty;
    @FXML private Label caseEmpty;
    @FXML private Label peopleEmpty;
    @FXML private Label statusLabel;
    @FXML private Label volunteeringNote;

    public DashboardView(DashboardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::start, vm::load);
    }

    @FXML
    private void initialize() {
        yearBox.setItems(vm.years());
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        yearLabel.setLabelFor(yearBox);
        unitLabel.setLabelFor(unitBox);
        unitBox.getItems().add(null);
        vm.unitChoices().addListener((ListChangeListener<Unit>) c -> {
            Unit keep = unitBox.getValue();
            unitBox.getItems().setAll(vm.unitChoices());
            unitBox.getItems().add(0, null);
            unitBox.setValue(keep);
        });
        unitBox.setConverter(ViewSupport.converter(this::unitName));
        unitBox.setCellFactory(l -> unitCell(u -> u == null ? unitName(null) : vm.unitLabel(u)));
        unitBox.setButtonCell(unitCell(this::unitName));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        vm.figuresProperty().addListener((o, a, f) -> headingLabel.setText(f == null ? "" : vm.heading(f)));
        vm.tiles().addListener((ListChangeListener<DashboardViewModel.Tile>) c -> showTiles());
        bars(honourChart, vm.honours());
        bars(gradeChart, vm.grades());
        bars(peopleChart, vm.people());
        vm.cases().addListener((ListChangeListener<DashboardViewModel.Bar>) c -> {
            caseChart.setData(javafx.collections.FXCollections.observableArrayList(vm.cases().stream()
                    .map(b -> new PieChart.Data(b.label() + " " + b.value(), b.value())).toList()));
            // the legend is made again after the data, in the next pulse
            javafx.application.Platform.runLater(() -> distinctColours(caseChart));
        });
        noData(honourEmpty, vm.honours());
        noData(gradeEmpty, vm.grades());
        noData(caseEmpty, vm.cases());
        noData(peopleEmpty, vm.people());
        ViewSupport.bindStatus(statusLabel, vm);
        volunteeringNote.textProperty().bind(vm.volunteeringNoteProperty());
        volunteeringNote.visibleProperty().bind(vm.volunteeringNoteProperty().isNotEmpty());
        volunteeringNote.managedProperty().bind(volunteeringNote.visibleProperty());
    }

    /**
     * A pie's slices beyond the theme's eight colours, and their legend's symbols, in a darker shade of the colour
     * they would repeat: the ninth status (已驳回) was the same orange as the first (已转介).
     */
    static void distinctColours(PieChart chart) {
        List<PieChart.Data> slices = chart.getData();
        List<Node> symbols = new java.util.ArrayList<>(chart.lookupAll(".chart-legend-item-symbol"));
        for (int i = PIE_COLOURS; i < slices.size(); i++) {
            String style = "-fx-pie-color: derive(-color-chart-" + (i % PIE_COLOURS + 1) + ", -45%);"
                    + " -fx-background-color: derive(-color-chart-" + (i % PIE_COLOURS + 1) + ", -45%);";
            if (slices.get(i).getNode() != null) {
                slices.get(i).getNode().setStyle(style);
            }
            if (i < symbols.size()) {
                symbols.get(i).setStyle(style);
            }
        }
    }

    /** Over a chart with nothing to show for the year and unit read, 没有数据 instead of empty axes. */
    private void noData(Label label, ObservableList<DashboardViewModel.Bar> bars) {
        label.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.figuresProperty().get() != null && bars.stream().allMatch(b -> b.value() == 0),
                bars, vm.figuresProperty()));
    }

    /**
     * A box per tile: its label above its value, or, for a sum of the year still being read, a progress indicator
     * (never a 0), or the message of its failed read. The node under the label has the id {@code tile-ID}.
     */
    private void showTiles() {
        List<VBox> boxes = vm.tiles().stream().map(t -> {
            Node value;
            if (t.pending()) {
                ProgressIndicator summing = new ProgressIndicator();
                summing.getStyleClass().add("dashboard-tile-summing");
                summing.setAccessibleText(messages.text("dashboard.tile.summing"));
                Tooltip.install(summing, new Tooltip(messages.text("dashboard.tile.summing")));
                value = summing;
            } else if (t.failure() != null) {
                Label failed = new Label(t.failure());
                ViewSupport.wrap(failed);
                failed.getStyleClass().addAll("dashboard-tile-failed", "danger");
                value = failed;
            } else {
                Label shown = new Label(t.value());
                shown.getStyleClass().add("dashboard-tile-value");
                value = shown;
            }
            value.setId("tile-" + t.id());
            VBox box = new VBox(new Label(t.label()), value);
            box.getStyleClass().add("dashboard-tile");
            return box;
        }).toList();
        tilePane.getChildren().setAll(boxes);
    }

    /** Keeps a bar chart's one series equal to the bars of the ViewModel. */
    private static void bars(BarChart<String, Number> chart, ObservableList<DashboardViewModel.Bar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        if (chart.getYAxis() instanceof NumberAxis axis) {
            // counts: whole numbers on the axis, none in between
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
                }

                @Override
                public Number fromString(String text) {
                    return Long.valueOf(text);
                }
            });
        }
        bars.addListener((ListChangeListener<DashboardViewModel.Bar>) c -> series.getData().setAll(bars.stream()
                .map(b -> new XYChart.Data<String, Number>(ViewSupport.twoLines(b.label()), b.value())).toList()));
    }

    private String unitName(Unit u) {
        return u == null ? messages.text("summary.allUnits") : u.name();
    }

    /** A cell of the unit chooser: the list indents units under the unit above them, the button shows the name. */
    private static ListCell<Unit> unitCell(java.util.function.Function<Unit, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void refresh() {
        vm.load();
    }
}
