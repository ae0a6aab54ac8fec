package org.rangekit.geometry;

/**
 * The test every adaptive sampler of this package ({@link RingTrace}, {@link PathTrace},
 * {@link CurveSampler}) halves an edge by: how far the midpoint of the straight lon/lat chord
 * between two vertices (taken the shorter way round in longitude) lies from the curve point at the
 * middle parameter, measured on a sphere. Written once so the samplers agree on what "within
 * tolerance" means; each keeps its own rule of when to stop halving (depth, smallest step, poles).
 *
 * <p>Thread safety: immutable.
 */
final class ChordCheck {

    private final double sphereRadiusM;

    /** @param sphereRadiusM radius (metres) of the sphere the offset is measured on (the equatorial radius) */
    ChordCheck(double sphereRadiusM) {
        this.sphereRadiusM = sphereRadiusM;
    }

    /**
     * Distance (metres) from the midpoint of the chord (lat1, lon1)–(lat2, lon2) to the curve
     * point (latM, lonM); longitudes wrapped, the chord spanning {@code RingTrace.angDiff(lon1, lon2)}.
     */
    double midpointOffset(double lat1, double lon1, double lat2, double lon2, double latM, double lonM) {
        double chordLat = 0.5 * (lat1 + lat2);
        double chordLon = lon1 + 0.5 * RingTrace.angDiff(lon1, lon2);
        return sphereDistance(chordLat, chordLon, latM, lonM);
    }

    /** Great-circle distance (metres) on the sphere; chord formula, stable for small distances. */
    double sphereDistance(double la1, double lo1, double la2, double lo2) {
        double p1 = Math.toRadians(la1), p2 = Math.toRadians(la2), dl = Math.toRadians(lo2 - lo1);
        double c1 = Math.cos(p1), c2 = Math.cos(p2);
        double dx = c2 * Math.cos(dl) - c1, dy = c2 * Math.sin(dl), dz = Math.sin(p2) - Math.sin(p1);
        double chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return 2 * sphereRadiusM * Math.asin(Math.min(1, 0.5 * chord));
    }
}
