package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;

import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.range.Reach;
import org.rangekit.range.ThresholdSet;

/**
 * Classifies point targets by their exact distance from an area ({@link GeodesicArea#distanceMeters}:
 * 0 inside, else the shortest geodesic to its boundary) into bands, as {@link Classifier} does for
 * sites. Every result names site index 0: the area stands where the one site would.
 *
 * <p>Targets that are areas themselves (regions) are refused: the distance between two areas is
 * not computed.
 *
 * <p>Thread safety: immutable.
 */
public final class AreaClassifier {

    private final GeodesicArea area;
    private final BandScheme scheme;
    private final ThresholdSet categories;

    /**
     * @param area the origin of the ranges
     * @param scheme bands to classify into
     * @param categories the category rule for a distance (e.g. the INF Treaty's)
     */
    public AreaClassifier(GeodesicArea area, BandScheme scheme, ThresholdSet categories) {
        this.area = area;
        this.scheme = scheme;
        this.categories = categories;
    }

    /**
     * Results for a chunk of point targets, in the same order.
     *
     * @throws IllegalArgumentException for a target that is an area
     */
    public List<TargetResult> classify(List<Target> chunk) {
        List<TargetResult> out = new ArrayList<>(chunk.size());
        for (Target t : chunk) {
            if (t.isArea()) {
                throw new IllegalArgumentException("target '" + t.name() + "' is an area; distances from an area "
                        + "are measured to points only (use point targets such as capitals or cities)");
            }
            double d = area.distanceMeters(GeoPoint.of(t.latDeg(), t.lonDeg()));
            out.add(new TargetResult(t, 0, d, scheme.bandOf(d), Classifier.categoryOfMeters(categories, d),
                    Reach.of(d / 1000, 0, categories.outermost())));
        }
        return out;
    }
}
