package org.rangekit.render;

/**
 * The affine map from projected metres to pixels: the map centre at the centre of the canvas, y up in
 * metres and down in pixels.
 *
 * @param widthPx canvas width (pixels)
 * @param heightPx canvas height (pixels)
 * @param centreX projected x at the canvas centre (metres)
 * @param centreY projected y at the canvas centre (metres)
 * @param pxPerMeter scale (pixels per projected metre), &gt; 0
 */
public record Viewport(int widthPx, int heightPx, double centreX, double centreY, double pxPerMeter) {

    public Viewport {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("canvas size must be > 0 pixels, got " + widthPx + "x" + heightPx);
        }
        if (!(pxPerMeter > 0) || Double.isInfinite(pxPerMeter)) {
            throw new IllegalArgumentException("scale must be a finite number > 0 px/m, got " + pxPerMeter);
        }
    }

    /** Pixel x of a projected x (metres). */
    public double px(double xMeters) {
        return widthPx / 2.0 + (xMeters - centreX) * pxPerMeter;
    }

    /** Pixel y of a projected y (metres). */
    public double py(double yMeters) {
        return heightPx / 2.0 - (yMeters - centreY) * pxPerMeter;
    }

    /** Projected metres per pixel. */
    public double metersPerPx() {
        return 1 / pxPerMeter;
    }

    /** Distance from the canvas centre to a corner, in projected metres. */
    public double halfDiagonalMeters() {
        return Math.hypot(widthPx, heightPx) / 2 / pxPerMeter;
    }
}
