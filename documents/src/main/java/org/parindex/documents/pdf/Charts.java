package org.parindex.documents.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts (JFreeChart), drawn with the bundled font and embedded as PNG data URIs. */
final class Charts {

    private static final Font FONT = PdfDocument.awtFont();
    private static final Color BAR = new Color(0x1f, 0x5f, 0x99);
    private static final Color MEAN = new Color(0xb0, 0xb8, 0xc4);

    /** A field's label, its %, and the period's mean % for that field. */
    record Field(String label, double percent, double mean) { }

    /** A period's label and the unit's rank in it (or its best-ranked predecessor's). */
    record Rank(String label, int rank) { }

    private Charts() { }

    static String fields(List<Field> fields, String unitName, String meanName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Field f : fields) {
            data.addValue(f.percent(), unitName, f.label());
            data.addValue(f.mean(), meanName, f.label());
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("%"), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(0, 112);
        JFreeChart chart = themed(new JFreeChart(null, FONT, plot, true));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setSeriesPaint(1, MEAN);
        bars.setSeriesItemLabelGenerator(0, new StandardCategoryItemLabelGenerator("{2}", Formats.vietnamese(2)));
        bars.setSeriesItemLabelsVisible(0, true);
        bars.setSeriesItemLabelFont(0, FONT.deriveFont(9f));
        bars.setSeriesPositiveItemLabelPosition(0, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemMargin(0.02);
        return png(chart, 640, 50 + 30 * fields.size());
    }

    static String ranks(List<Rank> ranks, int units, String seriesName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Rank r : ranks) {
            data.addValue(r.rank(), seriesName, r.label());
        }
        NumberAxis axis = new NumberAxis(seriesName);
        axis.setInverted(true);
        axis.setRange(0.5, Math.max(units, 2) + 0.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        CategoryAxis periods = new CategoryAxis();
        periods.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, periods, axis, line);
        JFreeChart chart = themed(new JFreeChart(null, FONT, plot, false));
        line.setSeriesPaint(0, BAR);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Formats.vietnamese(0)));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(FONT.deriveFont(Font.BOLD, 10f));
        return png(chart, 640, 200);
    }

    private static JFreeChart themed(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("ParIndex");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 14f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 12f));
        theme.setRegularFont(FONT.deriveFont(11f));
        theme.setSmallFont(FONT.deriveFont(10f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        return chart;
    }

    private static String png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 2, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
