package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy placement of labels that do not collide: each label tries its candidate boxes in order and
 * takes the first that stays inside the canvas margins and overlaps nothing placed before.
 *
 * <p>Not thread-safe.
 */
public final class LabelPlacer {

    /**
     * An axis-aligned box (pixels).
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    public record Box(double x, double y, double w, double h) {
        /** True when the boxes overlap, with {@code pad} pixels of clearance. */
        public boolean overlaps(Box o, double pad) {
            return x < o.x + o.w + pad && o.x < x + w + pad && y < o.y + o.h + pad && o.y < y + h + pad;
        }
    }

    private final List<Box> placed = new ArrayList<>();
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double padPx;

    /**
     * @param widthPx canvas width (pixels)
     * @param heightPx canvas height (pixels)
     * @param marginPx labels keep this far from the canvas edge (pixels)
     * @param padPx clearance between labels (pixels)
     */
    public LabelPlacer(double widthPx, double heightPx, double marginPx, double padPx) {
        this.minX = marginPx;
        this.minY = marginPx;
        this.maxX = widthPx - marginPx;
        this.maxY = heightPx - marginPx;
        this.padPx = padPx;
    }

    /** Marks a region as taken (a legend, a title block). */
    public void block(Box box) {
        placed.add(box);
    }

    /** Places the box if it fits; returns whether it did. */
    public boolean tryPlace(Box box) {
        if (!fits(box)) {
            return false;
        }
        placed.add(box);
        return true;
    }

    /** Whether the box is inside the margins and free. */
    public boolean fits(Box box) {
        if (!(box.x() >= minX && box.y() >= minY && box.x() + box.w() <= maxX && box.y() + box.h() <= maxY)) {
            return false;
        }
        for (Box p : placed) {
            if (box.overlaps(p, padPx)) {
                return false;
            }
        }
        return true;
    }
}
