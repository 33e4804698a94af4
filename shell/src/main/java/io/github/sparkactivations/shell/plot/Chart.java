package io.github.sparkactivations.shell.plot;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of named series, written as SVG by XChart: the docs' plots and the shell's {@code --plot} draw
 * through it. Series take the colours of {@link Palette#COLORS} in order, so a reader (or a test) finds each series'
 * path by its stroke. XChart writes text as glyph outlines and a random clip id, so two writes of one chart
 * differ in bytes but not in their series' points.
 */
public final class Chart {

    /** One curve: {@code y[i]} at {@code x[i]}. */
    public record Series(String name, double[] x, double[] y) {
    }

    private final String title;
    private final String xTitle;
    private final List<Series> series = new ArrayList<>();
    private boolean markers;

    private Chart(String title, String xTitle) {
        this.title = title;
        this.xTitle = xTitle;
    }

    public static Chart titled(String title, String xTitle) {
        return new Chart(title, xTitle);
    }

    public Chart add(Series s) {
        if (series.size() == Palette.COLORS.size()) {
            throw new IllegalArgumentException("a chart draws at most " + Palette.COLORS.size() + " series");
        }
        series.add(s);
        return this;
    }

    /** Marks each point too (for a few points, such as the classes of a softmax). */
    public Chart withMarkers() {
        markers = true;
        return this;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** The chart as an SVG document. */
    public String svg() {
        XYChart chart = new XYChartBuilder().width(640).height(400).title(title).xAxisTitle(xTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setLegendBorderColor(Color.WHITE);
        // Solid grid lines: the SVG writer turns each dash of a dashed one into a path of its own (140 KB a chart).
        styler.setPlotGridLinesStroke(new BasicStroke(0.5f));
        styler.setPlotGridLinesColor(new Color(220, 220, 220));
        styler.setMarkerSize(markers ? 7 : 0);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries drawn = chart.addSeries(s.name(), s.x(), s.y());
            drawn.setLineColor(Palette.COLORS.get(i));
            drawn.setMarkerColor(Palette.COLORS.get(i));
            drawn.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Points from {@code from} to {@code to}, both included: 80 even steps, and four times as dense over the middle
     * fifth, where activations bend. (Evenly spaced x values would also make XChart put its ticks on data values,
     * such as -3.44, rather than on round numbers.)
     */
    public static double[] grid(double from, double to) {
        java.util.TreeSet<Integer> steps = new java.util.TreeSet<>();
        for (int k = 0; k <= 320; k += 4) {
            steps.add(k);
        }
        for (int k = 128; k <= 192; k++) {
            steps.add(k);
        }
        return steps.stream().mapToDouble(k -> k == 320 ? to : from + (to - from) * k / 320).toArray();
    }
}
