package io.github.sparkactivations.shell.plot;

import java.awt.Color;
import java.util.List;

/**
 * The colours of a {@link Chart}'s series, in order (colour-blind-safe, Okabe and Ito's). Apart from the chart,
 * so that reading a plot back ({@link SvgSeries}) needs no XChart.
 */
public final class Palette {

    public static final List<Color> COLORS = List.of(new Color(0, 114, 178), new Color(213, 94, 0),
            new Color(0, 158, 115), new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233),
            new Color(0, 0, 0), new Color(240, 228, 66));

    private Palette() {
    }
}
