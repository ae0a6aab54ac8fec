package org.rangekit.render;

import java.util.List;

/**
 * A colour with alpha, each channel 0–255.
 *
 * @param r red
 * @param g green
 * @param b blue
 * @param a alpha (255 = opaque)
 */
public record Rgba(int r, int g, int b, int a) {

    /**
     * The Okabe–Ito palette (M. Okabe and K. Ito, "Color Universal Design", 2008), distinguishable with
     * the common colour-vision deficiencies; band fills cycle through it.
     */
    public static final List<Rgba> OKABE_ITO = List.of(
            hex(0xE69F00), // orange
            hex(0x56B4E9), // sky blue
            hex(0x009E73), // bluish green
            hex(0xCC79A7), // reddish purple
            hex(0x0072B2), // blue
            hex(0xD55E00), // vermillion
            hex(0xF0E442)); // yellow

    public Rgba {
        for (int c : new int[] {r, g, b, a}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("colour channels must be in 0..255, got " + r + "," + g + "," + b + "," + a);
            }
        }
    }

    /** An opaque colour from 0xRRGGBB. */
    public static Rgba hex(int rgb) {
        return new Rgba((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255);
    }

    /** This colour with another alpha (0–255). */
    public Rgba withAlpha(int alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** Packed 0xAARRGGBB. */
    public int argb() {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
