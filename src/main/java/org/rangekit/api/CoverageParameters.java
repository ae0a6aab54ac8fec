package org.rangekit.api;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * What a coverage depends on besides the targets: the sites, the ranges with their categories, the
 * earth model, and the scale of the shipped land and countries used for areas.
 *
 * <p>Example:
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * CoverageParameters p = CoverageParameters.of(List.of(ky), ThresholdSet.inf());    // WGS84, 110m
 * CoverageParameters sphere = new CoverageParameters(List.of(ky), ThresholdSet.custom(List.of(480.0, 500.0)),
 *         EarthModel.SPHERE, Scale.S50M);
 * }</pre>
 *
 * @param sites the sites, at least one, distinct ids
 * @param set the ranges (km) and the categories of their bands
 * @param earth the earth model distances and areas are measured on
 * @param scale Natural Earth scale of the land and countries (areas, population by area share)
 */
public record CoverageParameters(List<Site> sites, ThresholdSet set, EarthModel earth, Scale scale) {

    public CoverageParameters {
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("sites must hold at least one site, got " + sites);
        }
        sites = List.copyOf(sites);
        if (sites.stream().map(Site::id).distinct().count() != sites.size()) {
            throw new IllegalArgumentException("site ids must be distinct, got "
                    + sites.stream().map(Site::id).toList());
        }
        if (set == null || earth == null || scale == null) {
            throw new IllegalArgumentException("set, earth and scale are required, got " + set + ", " + earth
                    + ", " + scale);
        }
    }

    /**
     * On WGS84, with land and countries at 1:110m.
     *
     * @param sites the sites
     * @param set the ranges (km) and their categories
     * @return the parameters
     */
    public static CoverageParameters of(List<Site> sites, ThresholdSet set) {
        return new CoverageParameters(sites, set, EarthModel.WGS84, Scale.S110M);
    }
}
