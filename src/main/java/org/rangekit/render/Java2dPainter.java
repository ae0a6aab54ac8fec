package org.rangekit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * A {@link Painter} on a Java2D {@link Graphics2D}: a PNG image, a JFreeSVG or a JFreePDF canvas.
 *
 * <p>Text uses the logical font "SansSerif" (DejaVu Sans on Debian), so output is the same run to run
 * on one machine; rendering is anti-aliased with pure stroke control and fractional metrics.
 *
 * <p>Not thread-safe: one painter per canvas.
 */
public final class Java2dPainter implements Painter {

    private final Graphics2D g;

    /** @param g the canvas; its hints are set here */
    public Java2dPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    static Path2D.Double toShape(MapPath path) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (MapPath.Part part : path.parts()) {
            double[] xy = part.xy();
            p.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i], xy[i + 1]);
            }
            if (part.closed()) {
                p.closePath();
            }
        }
        return p;
    }

    private static Color colour(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }

    @Override
    public void fill(MapPath path, Rgba colour) {
        if (path.isEmpty()) {
            return;
        }
        g.setColor(colour(colour));
        g.fill(toShape(path));
    }

    @Override
    public void stroke(MapPath path, LineStyle style) {
        if (path.isEmpty()) {
            return;
        }
        g.setColor(colour(style.colour()));
        g.setStroke(basicStroke(style));
        g.draw(toShape(path));
    }

    @Override
    public void hatch(MapPath path, LineStyle style, double spacingPx) {
        if (path.isEmpty() || !(spacingPx > 0)) {
            return;
        }
        Shape area = toShape(path);
        java.awt.geom.Rectangle2D box = area.getBounds2D();
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(colour(style.colour()));
        g.setStroke(basicStroke(style));
        // Lines x - y = k·spacing (45°, rising to the right on screen where y grows downwards).
        double kMin = Math.floor((box.getMinX() - box.getMaxY()) / spacingPx);
        double kMax = Math.ceil((box.getMaxX() - box.getMinY()) / spacingPx);
        java.awt.geom.Path2D.Double lines = new java.awt.geom.Path2D.Double();
        for (double k = kMin; k <= kMax; k++) {
            double c = k * spacingPx;
            lines.moveTo(box.getMinY() + c, box.getMinY());
            lines.lineTo(box.getMaxY() + c, box.getMaxY());
        }
        g.draw(lines);
        g.setClip(oldClip);
    }

    private static BasicStroke basicStroke(LineStyle style) {
        float w = (float) style.widthPx();
        if (style.dashPx().length == 0) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[style.dashPx().length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) style.dashPx()[i];
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Font font(TextStyle style) {
        return new Font(Font.SANS_SERIF, style.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) style.sizePx());
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        Font f = font(style);
        if (style.halo() != null) {
            TextLayout layout = new TextLayout(text, f, g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
            g.setColor(colour(style.halo()));
            g.setStroke(new BasicStroke((float) Math.max(1.5, style.sizePx() / 4), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setFont(f);
        g.setColor(colour(style.colour()));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double[] textSize(String text, TextStyle style) {
        return measure(text, style);
    }

    /** Text size measured without a canvas, with the same font and metrics hints as the painter (pixels). */
    public static double[] measure(String text, TextStyle style) {
        if (text.isEmpty()) {
            return new double[] {0, style.sizePx()};
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(text, font(style), frc);
        return new double[] {layout.getAdvance(), layout.getAscent() + layout.getDescent()};
    }

    @Override
    public void clip(MapPath path) {
        g.setClip(toShape(path));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }
}
