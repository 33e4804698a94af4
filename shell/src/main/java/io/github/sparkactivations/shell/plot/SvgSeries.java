package io.github.sparkactivations.shell.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drawn points of each series in an SVG that {@link Chart} wrote, in SVG coordinates: XChart draws a series
 * as connected {@code <line>} segments in its colour ({@link Palette#COLORS}), and its legend entry as one more,
 * apart. Lets a test compare two plots by what they show, and check a plot against the kernel it claims to draw.
 */
public final class SvgSeries {

    private static final Pattern LINE = Pattern.compile("<line style=\"[^\"]*stroke:rgb\\((\\d+),(\\d+),(\\d+)\\)[^\"]*\""
            + " x1=\"([^\"]+)\" x2=\"([^\"]+)\" y1=\"([^\"]+)\" y2=\"([^\"]+)\"/>");

    private SvgSeries() {
    }

    /** The points of the series drawn in {@code color}: its longest chain of connected segments, {x, y} each. */
    public static List<double[]> points(String svg, Color color) {
        List<List<double[]>> chains = new ArrayList<>();
        List<double[]> chain = null;
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != color.getRed() || Integer.parseInt(m.group(2)) != color.getGreen()
                    || Integer.parseInt(m.group(3)) != color.getBlue()) {
                continue;
            }
            double[] from = {Double.parseDouble(m.group(4)), Double.parseDouble(m.group(6))};
            double[] to = {Double.parseDouble(m.group(5)), Double.parseDouble(m.group(7))};
            double[] last = chain == null ? null : chain.get(chain.size() - 1);
            if (last == null || last[0] != from[0] || last[1] != from[1]) {
                chain = new ArrayList<>(List.of(from));
                chains.add(chain);
            }
            chain.add(to);
        }
        return chains.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
    }

    /** Every series' points, in {@link Palette#COLORS} order, up to the first colour not drawn. */
    public static List<List<double[]>> all(String svg) {
        List<List<double[]>> series = new ArrayList<>();
        for (Color c : Palette.COLORS) {
            List<double[]> points = points(svg, c);
            if (points.isEmpty()) {
                break;
            }
            series.add(points);
        }
        return series;
    }

    /** Whether two plots draw the same series at the same points (within 10^-6 of a pixel). */
    public static boolean samePoints(String svg, String other) {
        List<List<double[]>> a = all(svg);
        List<List<double[]>> b = all(other);
        if (a.size() != b.size()) {
            return false;
        }
        for (int s = 0; s < a.size(); s++) {
            if (a.get(s).size() != b.get(s).size()) {
                return false;
            }
            for (int i = 0; i < a.get(s).size(); i++) {
                if (Math.abs(a.get(s).get(i)[0] - b.get(s).get(i)[0]) > 1e-6
                        || Math.abs(a.get(s).get(i)[1] - b.get(s).get(i)[1]) > 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }
}
