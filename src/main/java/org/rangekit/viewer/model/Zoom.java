package org.rangekit.viewer.model;

/**
 * A magnification of a drawn map on the screen: screen = map × scale + (tx, ty). World and Mercator
 * maps are navigated with it; azimuthal maps use it only between a drag and their new drawing.
 *
 * @param scale magnification, in [1, {@value #MAX_SCALE}] for a kept zoom
 * @param tx horizontal shift (pixels)
 * @param ty vertical shift (pixels)
 */
public record Zoom(double scale, double tx, double ty) {

    /** No magnification. */
    public static final Zoom NONE = new Zoom(1, 0, 0);
    /** Largest magnification of a world map. */
    public static final double MAX_SCALE = 16;

    /** Map x of a screen x. */
    public double mapX(double screenX) {
        return (screenX - tx) / scale;
    }

    /** Map y of a screen y. */
    public double mapY(double screenY) {
        return (screenY - ty) / scale;
    }

    /** Moved by (dx, dy) screen pixels. */
    public Zoom panned(double dx, double dy) {
        return new Zoom(scale, tx + dx, ty + dy);
    }

    /** Magnified by {@code factor} about a screen pixel, the magnification kept in [1, MAX_SCALE]. */
    public Zoom zoomedAt(double factor, double screenX, double screenY) {
        double s = Math.max(1, Math.min(MAX_SCALE, scale * factor));
        double f = s / scale;
        return new Zoom(s, screenX - (screenX - tx) * f, screenY - (screenY - ty) * f);
    }
}
