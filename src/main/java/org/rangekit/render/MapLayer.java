package org.rangekit.render;

/** The layers of a map, in drawing order. */
public enum MapLayer {
    OCEAN, LAND, LAKES, BORDERS, GRATICULE, BANDS, RINGS, RING_LABELS, SITES, TARGETS, LEGEND, SCALE_BAR, TITLE,
    ATTRIBUTION
}
