package org.rangekit.viewer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.rangekit.render.MapPath;
import org.rangekit.render.Painter;
import org.rangekit.render.Rgba;
import org.rangekit.render.TextMetrics;

/**
 * The renderer's {@link Painter} on a JavaFX canvas: the same drawing operations as the PNG, SVG
 * and PDF maps, so the viewer looks like them. Text uses the sans-serif family the Java2D painter
 * uses (DejaVu Sans on Debian), measured by JavaFX itself ({@link #METRICS}).
 *
 * <p>Not thread-safe: one painter per canvas, on the FX thread.
 */
final class FxPainter implements Painter {

    /** The sans-serif face of the maps. */
    static final String FAMILY = "DejaVu Sans";

    /** Text sizes as JavaFX lays text out; safe off the FX thread (an unattached {@link Text}). */
    static final TextMetrics METRICS = FxPainter::measure;

    private static final Map<String, double[]> SIZES = new ConcurrentHashMap<>();

    private final GraphicsContext g;

    FxPainter(GraphicsContext g) {
        this.g = g;
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    static Font font(TextStyle style) {
        return Font.font(FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, style.sizePx());
    }

    static double[] measure(String text, TextStyle style) {
        if (text.isEmpty()) {
            return new double[] {0, style.sizePx()};
        }
        String key = style.sizePx() + (style.bold() ? "b" : "n") + text;
        return SIZES.computeIfAbsent(key, k -> {
            Text t = new Text(text);
            t.setFont(font(style));
            t.setBoundsType(TextBoundsType.LOGICAL);
            Bounds b = t.getLayoutBounds();
            return new double[] {b.getWidth(), b.getHeight()};
        }).clone();
    }

    private static Color colour(Rgba c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.a() / 255.0);
    }

    private void path(MapPath path) {
        g.beginPath();
        for (MapPath.Part part : path.parts()) {
            double[] xy = part.xy();
            g.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                g.lineTo(xy[i], xy[i + 1]);
            }
            if (part.closed()) {
                g.closePath();
            }
        }
    }

    @Override
    public void fill(MapPath path, Rgba colour) {
        if (path.isEmpty()) {
            return;
        }
        path(path);
        g.setFill(colour(colour));
        g.fill();
    }

    @Override
    public void stroke(MapPath path, LineStyle style) {
        if (path.isEmpty()) {
            return;
        }
        path(path);
        g.setStroke(colour(style.colour()));
        g.setLineWidth(style.widthPx());
        boolean dashed = style.dashPx().length > 0;
        g.setLineCap(dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        g.setLineDashes(dashed ? style.dashPx() : null);
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    /**
     * Lines {@code x − y = k·spacing} (45°, rising to the right on the canvas, where y grows downwards)
     * across the path, as the PNG maps' {@code Java2dPainter} draws them, so that overlapping hatched
     * areas share their lines. Each line is cut to the inside of the path by the even-odd rule
     * (every part closed, as for filling); a canvas clip is not used, since JavaFX clips by the
     * non-zero rule and would hatch the holes of a band.
     */
    @Override
    public void hatch(MapPath path, LineStyle style, double spacingPx) {
        if (path.isEmpty() || !(spacingPx > 0)) {
            return;
        }
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = Double.NEGATIVE_INFINITY;
        for (MapPath.Part part : path.parts()) {
            double[] xy = part.xy();
            for (int i = 0; i + 1 < xy.length; i += 2) {
                fMin = Math.min(fMin, xy[i] - xy[i + 1]);
                fMax = Math.max(fMax, xy[i] - xy[i + 1]);
            }
        }
        if (!(fMin <= fMax)) {
            return;
        }
        g.setStroke(colour(style.colour()));
        g.setLineWidth(style.widthPx());
        boolean dashed = style.dashPx().length > 0;
        g.setLineCap(dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        g.setLineDashes(dashed ? style.dashPx() : null);
        g.beginPath();
        double[] ys = new double[16];
        for (double k = Math.ceil(fMin / spacingPx); k * spacingPx <= fMax; k++) {
            double c = k * spacingPx;
            int n = 0;
            for (MapPath.Part part : path.parts()) {
                double[] xy = part.xy();
                int m = xy.length / 2;
                for (int i = 0; i < m; i++) {
                    int j = (i + 1) % m;
                    double f1 = xy[2 * i] - xy[2 * i + 1] - c;
                    double f2 = xy[2 * j] - xy[2 * j + 1] - c;
                    if ((f1 > 0) != (f2 > 0)) {
                        double t = f1 / (f1 - f2);
                        if (n == ys.length) {
                            ys = java.util.Arrays.copyOf(ys, 2 * n);
                        }
                        ys[n++] = xy[2 * i + 1] + t * (xy[2 * j + 1] - xy[2 * i + 1]);
                    }
                }
            }
            java.util.Arrays.sort(ys, 0, n);
            for (int i = 0; i + 1 < n; i += 2) {
                g.moveTo(ys[i] + c, ys[i]);
                g.lineTo(ys[i + 1] + c, ys[i + 1]);
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(font(style));
        if (style.halo() != null) {
            g.setStroke(colour(style.halo()));
            g.setLineWidth(Math.max(1.5, style.sizePx() / 4));
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineDashes((double[]) null);
            g.strokeText(text, x, y);
        }
        g.setFill(colour(style.colour()));
        g.fillText(text, x, y);
    }

    @Override
    public double[] textSize(String text, TextStyle style) {
        return measure(text, style);
    }

    @Override
    public void clip(MapPath path) {
        g.save();
        path(path);
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }
}
