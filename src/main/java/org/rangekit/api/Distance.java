package org.rangekit.api;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.ThresholdSet;

/**
 * The geodesic between two points, as {@link Distances#between} solves it.
 *
 * @param from start (degrees)
 * @param to end (degrees)
 * @param distanceKm geodesic distance (kilometres)
 * @param azimuthDeg initial azimuth at {@code from} (degrees clockwise from north, in [0, 360))
 * @param earth the figure of the Earth
 */
public record Distance(GeoPoint from, GeoPoint to, double distanceKm, double azimuthDeg, EarthModel earth) {

    /** The category a missile of exactly this range falls in under {@code set} (e.g. the INF Treaty's). */
    public String category(ThresholdSet set) {
        return set.categoryOf(distanceKm);
    }

    /** The INF Treaty category of this range: {@link ThresholdSet#INF_SHORTER} and so on. */
    public String infCategory() {
        return category(ThresholdSet.inf());
    }
}
