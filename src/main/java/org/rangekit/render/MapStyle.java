package org.rangekit.render;

import java.util.List;

/**
 * Colours and sizes of a map. Sizes are in typographic points (1/72 inch) and scale with the dpi.
 *
 * @param paper colour outside the globe or world outline
 * @param ocean sea colour
 * @param land land colour
 * @param lake lake colour
 * @param border country border colour
 * @param coast coastline colour
 * @param graticule graticule colour
 * @param ink text and marker colour
 * @param bandPalette band fill colours, cycled (opaque; drawn with {@code bandAlpha})
 * @param bandAlpha alpha of band fills, 0–255
 * @param ringWidthPt width of ring outlines (points)
 * @param borderWidthPt width of country borders (points)
 * @param textPt size of labels (points)
 * @param titlePt size of the title (points)
 */
public record MapStyle(Rgba paper, Rgba ocean, Rgba land, Rgba lake, Rgba border, Rgba coast, Rgba graticule,
        Rgba ink, List<Rgba> bandPalette, int bandAlpha, double ringWidthPt, double borderWidthPt, double textPt,
        double titlePt) {

    /** A light basemap that lets translucent bands read clearly; Okabe–Ito bands. */
    public static final MapStyle DEFAULT = new MapStyle(
            Rgba.hex(0xFFFFFF), Rgba.hex(0xDCE9F2), Rgba.hex(0xF4F1EA), Rgba.hex(0xDCE9F2),
            Rgba.hex(0x9A9A9A), Rgba.hex(0x7A8C99), Rgba.hex(0xB9C7D1), Rgba.hex(0x222222),
            Rgba.OKABE_ITO, 105, 1.1, 0.45, 7.5, 15);

    public MapStyle {
        bandPalette = List.copyOf(bandPalette);
        if (bandPalette.isEmpty()) {
            throw new IllegalArgumentException("band palette must not be empty");
        }
    }

    /** The fill colour of the i-th band. */
    public Rgba bandFill(int i) {
        return bandPalette.get(Math.floorMod(i, bandPalette.size())).withAlpha(bandAlpha);
    }

    /** The outline colour of the i-th band (opaque, darker). */
    public Rgba bandLine(int i) {
        Rgba c = bandPalette.get(Math.floorMod(i, bandPalette.size()));
        return new Rgba((int) (c.r() * 0.7), (int) (c.g() * 0.7), (int) (c.b() * 0.7), 255);
    }
}
