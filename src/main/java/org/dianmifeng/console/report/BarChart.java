package org.dianmifeng.console.report;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * The column chart of every report: one series of {@code values} named by {@code categories} (both ranges of the
 * sheet's cells: LibreOffice ignores categories that are not in cells), with the value on each bar, the value and
 * axis labels at the body's {@value Styles#BODY_POINTS} pt (at a sheet's print scale of 82 % or more, 9 pt or more on
 * paper; LibreOffice's own 10 pt printed at about 8), the bars with an explicit solid fill (the workbook has no theme
 * part, without which LibreOffice draws no bars).
 */
public final class BarChart {
    /** The fill of the bars: RGB 4472C4, the usual office blue. */
    private static final byte[] BAR_COLOUR = {0x44, 0x72, (byte) 0xC4};

    private BarChart() {
    }

    /** Draws the chart on {@code drawing} from column {@code fromCol}, row {@code fromRow} to {@code toCol}, {@code toRow}. */
    public static XSSFChart columns(XSSFDrawing drawing, int fromCol, int fromRow, int toCol, int toRow, String title,
                                    XDDFDataSource<String> categories, XDDFNumericalDataSource<? extends Number> values) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, fromCol, fromRow, toCol, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.setPlotOnlyVisibleCells(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        bottom.getOrAddTextProperties().setFontSize((double) Styles.BODY_POINTS);
        left.getOrAddTextProperties().setFontSize((double) Styles.BODY_POINTS);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(title, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(data);
        // the value on each bar, so that the paper says the number, not only a height
        CTDLbls labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
        CTTextBody text = labels.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        text.addNewP().addNewPPr().addNewDefRPr().setSz(Styles.BODY_POINTS * 100);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
        return chart;
    }
}
