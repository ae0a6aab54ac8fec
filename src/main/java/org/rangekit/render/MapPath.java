package org.rangekit.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path in pixel coordinates (x right, y down): polylines, each open or closed. Filled with the
 * even-odd rule, so holes and the parts of a multipolygon need no particular orientation.
 */
public final class MapPath {

    /**
     * One polyline.
     *
     * @param xy interleaved x, y (pixels)
     * @param closed whether the last point joins the first
     */
    public record Part(double[] xy, boolean closed) {
        /** Number of points. */
        public int size() {
            return xy.length / 2;
        }
    }

    private final List<Part> parts = new ArrayList<>();

    /** Adds a part of at least two points (fewer are dropped); the array is copied. */
    public MapPath add(double[] xy, int length, boolean closed) {
        if (length >= 4) {
            parts.add(new Part(Arrays.copyOf(xy, length), closed));
        }
        return this;
    }

    /** Adds all parts of another path. */
    public MapPath addAll(MapPath other) {
        parts.addAll(other.parts);
        return this;
    }

    /** The parts, in drawing order. */
    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** True when there is nothing to draw. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** A closed rectangle (pixels). */
    public static MapPath rectangle(double x, double y, double w, double h) {
        return new MapPath().add(new double[] {x, y, x + w, y, x + w, y + h, x, y + h}, 8, true);
    }

    /** A closed upward triangle centred on (x, y) with circumradius r (pixels): a site marker. */
    public static MapPath triangle(double x, double y, double r) {
        return new MapPath().add(new double[] {x, y - r, x + 0.87 * r, y + 0.5 * r, x - 0.87 * r, y + 0.5 * r},
                6, true);
    }

    /** A closed circle approximated by a polygon with {@code n} vertices (pixels). */
    public static MapPath circle(double cx, double cy, double r, int n) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            xy[2 * i] = cx + r * Math.sin(t);
            xy[2 * i + 1] = cy - r * Math.cos(t);
        }
        return new MapPath().add(xy, xy.length, true);
    }
}
