package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.ChartPoint;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The dashboard's and ceremony screen's JavaFX charts over {@link ChartPoint} series: made with animation
 * off (a figure that changes is redrawn in the same frame, not tweened), and updated in place (a point
 * whose category stays keeps its node and only its value changes; new categories replace the series).
 */
final class PointCharts {

    private PointCharts() {
    }

    /** A bar chart with one series, titled, the value axis labelled {@code unit}. */
    static BarChart<String, Number> bars(String title, String unit) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), valueAxis(unit));
        setUp(chart, title);
        chart.setCategoryGap(6);
        return chart;
    }

    /** A line chart with one series over categories (places of the signing order, hours). */
    static LineChart<String, Number> line(String title, String categories, String unit) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(categories);
        LineChart<String, Number> chart = new LineChart<>(x, valueAxis(unit));
        setUp(chart, title);
        chart.setCreateSymbols(true);
        return chart;
    }

    /** Shows {@code points} as the chart's one series, in place when the categories are the same. */
    static void show(XYChart<String, Number> chart, List<ChartPoint> points) {
        ObservableList<XYChart.Data<String, Number>> data = chart.getData().get(0).getData();
        boolean sameCategories = data.size() == points.size();
        for (int i = 0; sameCategories && i < points.size(); i++) {
            sameCategories = data.get(i).getXValue().equals(points.get(i).label());
        }
        if (sameCategories) {
            for (int i = 0; i < points.size(); i++) {
                XYChart.Data<String, Number> d = data.get(i);
                if (!Objects.equals(d.getYValue(), points.get(i).value())) {
                    d.setYValue(points.get(i).value());
                }
            }
        } else {
            // A category axis keeps the categories it has seen: give it the new ones in order first.
            ((CategoryAxis) chart.getXAxis()).getCategories().setAll(points.stream().map(ChartPoint::label).toList());
            data.setAll(points.stream().map(p -> new XYChart.Data<String, Number>(p.label(), p.value())).toList());
        }
    }

    private static NumberAxis valueAxis(String unit) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(unit);
        axis.setForceZeroInRange(true);
        axis.setAnimated(false);
        return axis;
    }

    private static void setUp(XYChart<String, Number> chart, String title) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.getXAxis().setAnimated(false);
        chart.setLegendVisible(false);
        chart.getData().add(new XYChart.Series<>());
        chart.setMinSize(0, 0);
    }
}
