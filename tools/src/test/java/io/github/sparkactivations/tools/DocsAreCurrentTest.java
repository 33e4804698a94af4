package io.github.sparkactivations.tools;

import io.github.sparkactivations.core.batch.BoundKernel;
import io.github.sparkactivations.core.catalog.Catalog;
import io.github.sparkactivations.core.catalog.SqlFunction;
import io.github.sparkactivations.shell.plot.Chart;
import io.github.sparkactivations.shell.plot.SvgSeries;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every committed generated file is what the catalog, the kernels and the committed results give
 * ({@code bin/activations-docs} regenerates them), and the committed plots draw the kernels' values.
 */
class DocsAreCurrentTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyGeneratedTextFileIsCurrent() throws IOException {
        for (Map.Entry<Path, String> e : Docs.textFiles(ROOT).entrySet()) {
            assertEquals(e.getValue(), Files.readString(ROOT.resolve(e.getKey())),
                    e.getKey() + " is stale: run bin/activations-docs");
        }
    }

    /** The README is a landing page: what, install, a first query, the gallery, links; the manual is in docs/. */
    @Test
    void theReadmeIsALandingPage() throws IOException {
        long bytes = Files.size(ROOT.resolve("README.md"));
        assertTrue(bytes <= 8 * 1024, "README.md is " + bytes + " bytes; move detail to docs/ or CONTRIBUTING.md");
    }

    @Test
    void everyPlotIsCommittedAndDrawsWhatTheKernelsGive() throws IOException {
        Map<Path, Chart> plots = Docs.plots();
        assertEquals(Catalog.activations().size() + 8, plots.size());
        for (Map.Entry<Path, Chart> e : plots.entrySet()) {
            Path file = ROOT.resolve(e.getKey());
            assertTrue(Files.exists(file), file + " is missing: run bin/activations-docs");
            assertTrue(SvgSeries.samePoints(Files.readString(file), e.getValue().svg()),
                    file + " is stale: run bin/activations-docs");
        }
    }

    /**
     * In each committed plot whose series are SQL calls, the drawn points lie on the kernel's values: x read back
     * from the pixels (the first series spans the plot's range) to the sampling point it was drawn at, y through one
     * straight-line map fitted to all points of all series, within a hundredth of a pixel.
     */
    @Test
    void drawnPointsLieOnTheKernelsValues() throws IOException {
        int checked = 0;
        for (Map.Entry<Path, Chart> e : Docs.plots().entrySet()) {
            List<Chart.Series> series = e.getValue().series();
            if (!series.stream().allMatch(s -> kernel(s.name()) != null) || series.get(0).x()[0] != Plots.FROM) {
                continue;
            }
            List<List<double[]>> drawn = SvgSeries.all(Files.readString(ROOT.resolve(e.getKey())));
            assertEquals(series.size(), drawn.size(), e.getKey().toString());
            double[] grid = Chart.grid(Plots.FROM, Plots.TO);
            double px0 = drawn.get(0).get(0)[0];
            double px1 = drawn.get(0).get(drawn.get(0).size() - 1)[0];
            List<double[]> pairs = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                BoundKernel k = kernel(series.get(s).name());
                for (double[] p : drawn.get(s)) {
                    double x = Plots.FROM + (p[0] - px0) / (px1 - px0) * (Plots.TO - Plots.FROM);
                    pairs.add(new double[] {k.apply(nearest(grid, x)), p[1]});
                }
            }
            double worst = worstResidual(pairs);
            assertTrue(worst < 0.01, e.getKey() + ": a drawn point is " + worst + " px off its kernel's value");
            checked++;
        }
        assertTrue(checked >= Catalog.activations().size(), "plots checked: " + checked);
    }

    /** The sampling point nearest x read back from pixels (a derivative may jump at 0, where 1e-16 matters). */
    private static double nearest(double[] grid, double x) {
        double best = grid[0];
        for (double g : grid) {
            best = Math.abs(g - x) < Math.abs(best - x) ? g : best;
        }
        assertTrue(Math.abs(best - x) < 1e-6, "a drawn point at x = " + x + " is no sampling point");
        return best;
    }

    /** The kernel of a series named as a SQL call: {@code gelu(x)}, {@code gelu(x, 'tanh')}, {@code swish(x, 0.5)}. */
    private static BoundKernel kernel(String call) {
        int open = call.indexOf("(x");
        if (open < 0 || !call.endsWith(")")) {
            return null;
        }
        SqlFunction f = Catalog.function(call.substring(0, open)).orElse(null);
        if (f == null) {
            return null;
        }
        String choice = null;
        List<Double> parameters = new ArrayList<>();
        for (String arg : call.substring(open + 2, call.length() - 1).split(",")) {
            String a = arg.strip();
            if (a.startsWith("'")) {
                choice = a.substring(1, a.length() - 1);
            } else if (!a.isEmpty()) {
                parameters.add(Double.parseDouble(a));
            }
        }
        return BoundKernel.of(f, choice, parameters.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The largest distance of a drawn y from {@code a + b * value}, a and b fitted by least squares. */
    private static double worstResidual(List<double[]> valueAndPixel) {
        double n = valueAndPixel.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : valueAndPixel) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = (sy - b * sx) / n;
        return valueAndPixel.stream().mapToDouble(p -> Math.abs(a + b * p[0] - p[1])).max().orElseThrow();
    }
}
