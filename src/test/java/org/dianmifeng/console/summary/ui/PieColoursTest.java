package org.dianmifeng.console.summary.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.dianmifeng.console.testing.ConsoleLook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's cases by status: nine statuses, nine colours, in the pie and in its legend. */
@ExtendWith(ApplicationExtension.class)
class PieColoursTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Paint fill(Node node) {
        if (node instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            return r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill();
        }
        return node instanceof Shape s ? s.getFill() : null;
    }

    @Test
    void theNinthSliceAndItsLegendAreNotTheFirstsColour(FxRobot robot) {
        ConsoleLook.themed(robot, () -> {
            PieChart[] chart = new PieChart[1];
            robot.interact(() -> {
                chart[0] = new PieChart();
                chart[0].setAnimated(false);
                stage.setScene(ConsoleLook.scene(new StackPane(chart[0]), 700, 500));
                stage.show();
                chart[0].setData(FXCollections.observableArrayList(IntStream.range(0, 9)
                        .mapToObj(i -> new PieChart.Data("status " + i, 1 + i % 3)).toList()));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> DashboardView.distinctColours(chart[0]));
            WaitForAsyncUtils.waitForFxEvents();
            List<PieChart.Data> slices = chart[0].getData();
            assertNotEquals(fill(slices.get(0).getNode()), fill(slices.get(8).getNode()), "the pie");
            List<Node> symbols = new ArrayList<>(chart[0].lookupAll(".chart-legend-item-symbol"));
            assertNotEquals(fill(symbols.get(0)), fill(symbols.get(8)), "the legend");
        });
    }
}
