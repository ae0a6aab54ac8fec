package org.rangekit.api;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.text.Quote;

/**
 * Everything a coverage report depends on, as {@code rangekit coverage} takes it from its options.
 *
 * <p>Example (the INF bands around Kapustin Yar, summed over the world's capitals):
 * <pre>{@code
 * Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
 * CoverageRequest r = new CoverageRequest(List.of(ky), ThresholdSet.inf(), EarthModel.WGS84, "capitals", true,
 *         Format.MD, Scale.S110M);
 * CoverageReports.write(r, System.out);
 * }</pre>
 *
 * @param sites the sites, at least one, distinct ids
 * @param set the ranges (km) and the categories of their bands
 * @param earth the earth model distances and areas are measured on
 * @param targets a built-in target set ({@code cities}, {@code capitals}, {@code countries}) or the
 *                path of a CSV, GeoJSON, KML/KMZ, GeoPackage ({@code FILE.gpkg:LAYER} for one layer) or FlatGeobuf file
 * @param summary true: one row per site and band with counts, populations and areas; false: one row
 *                per target
 * @param format the report format
 * @param scale the Natural Earth scale of the countries and land (areas, and the {@code countries} set)
 * @param compareEarth true: also classify on the sphere ({@code band_sphere} column, the targets whose band
 *        differs and the ring difference of every site and range); requires {@code earth} WGS84
 */
public record CoverageRequest(List<Site> sites, ThresholdSet set, EarthModel earth, String targets, boolean summary,
                              Format format, Scale scale, boolean compareEarth) {

    /** A request without the sphere comparison. */
    public CoverageRequest(List<Site> sites, ThresholdSet set, EarthModel earth, String targets, boolean summary,
                           Format format, Scale scale) {
        this(sites, set, earth, targets, summary, format, scale, false);
    }

    public CoverageRequest {
        // Sites, set, earth and scale are checked where the computation's parameters are.
        sites = new CoverageParameters(sites, set, earth, scale).sites();
        if (format == null) {
            throw new IllegalArgumentException("format is required, got null");
        }
        if (compareEarth && earth != EarthModel.WGS84) {
            throw new IllegalArgumentException("the earth comparison sets WGS84 beside the sphere: expected earth WGS84, got "
                    + earth.label());
        }
        if (targets == null || targets.isBlank()) {
            throw new IllegalArgumentException("targets must name a target set or a file, got " + Quote.of(targets));
        }
    }
}
