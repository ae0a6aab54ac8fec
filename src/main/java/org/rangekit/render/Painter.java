package org.rangekit.render;

/**
 * Everything the renderer draws goes through this interface: fills and strokes of pixel paths, and
 * text. Backends: {@link Java2dPainter} (PNG, SVG, PDF); tests use a recording painter. Coordinates
 * are pixels, x right, y down.
 */
public interface Painter {

    /** Fills a path (even-odd rule). */
    void fill(MapPath path, Rgba colour);

    /** Strokes a path. */
    void stroke(MapPath path, LineStyle style);

    /**
     * Draws text with its baseline starting at (x, y) (pixels).
     */
    void text(String text, double x, double y, TextStyle style);

    /** Width and height (ascent + descent) of a text line (pixels). */
    double[] textSize(String text, TextStyle style);

    /**
     * Hatches the inside of a path (even-odd rule) with parallel lines at 45°, rising to the right,
     * {@code spacingPx} apart, anchored at the canvas origin so that overlapping hatched areas share
     * their lines. Drawing stays inside any clip in force.
     *
     * @param path the area to hatch
     * @param style colour, width and dashes of the lines
     * @param spacingPx distance between neighbouring lines (pixels), &gt; 0
     */
    void hatch(MapPath path, LineStyle style, double spacingPx);

    /** Restricts later drawing to the inside of a path until {@link #unclip()}. */
    void clip(MapPath path);

    /** Removes the clip. */
    void unclip();

    /**
     * How to stroke a line.
     *
     * @param colour colour
     * @param widthPx width (pixels)
     * @param dashPx dash pattern (pixels), empty for a solid line
     */
    record LineStyle(Rgba colour, double widthPx, double[] dashPx) {
        public LineStyle(Rgba colour, double widthPx) {
            this(colour, widthPx, new double[0]);
        }
    }

    /**
     * How to draw text.
     *
     * @param sizePx font size (pixels)
     * @param bold bold face
     * @param colour colour
     * @param halo colour of a halo drawn under the glyphs for legibility over the map, or null
     */
    record TextStyle(double sizePx, boolean bold, Rgba colour, Rgba halo) {
    }
}
