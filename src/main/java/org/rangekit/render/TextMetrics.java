package org.rangekit.render;

import org.rangekit.render.Painter.TextStyle;

/**
 * How large a line of text will be when a {@link Painter} draws it: the {@link Painter#textSize}
 * contract on its own. Labels, the legend and the title panel are laid out before anything is painted,
 * so the layout takes the metrics of the painter that will draw ({@code painter::textSize}), or
 * {@link #java2d()} for the Java2D painter of the PNG, SVG and PDF writers.
 */
@FunctionalInterface
public interface TextMetrics {

    /**
     * Width and height (ascent + descent) of a text line (pixels).
     *
     * @param text the text
     * @param style its style (size in pixels)
     * @return {width, height} (pixels)
     */
    double[] textSize(String text, TextStyle style);

    /** The metrics of {@link Java2dPainter}, measured without a canvas. */
    static TextMetrics java2d() {
        return Java2dPainter::measure;
    }
}
