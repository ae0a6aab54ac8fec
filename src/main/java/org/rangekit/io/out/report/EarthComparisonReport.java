package org.rangekit.io.out.report;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.EarthComparison;
import org.rangekit.geometry.EarthRingDifference;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;

/**
 * The cells and tables {@code coverage --compare-earth} adds: the {@code band_sphere} column,
 * the targets whose band differs between WGS84 and the sphere, and the ring difference of every
 * site and range.
 */
public final class EarthComparisonReport {

    /** The column added to per-target rows. */
    public static final String BAND_SPHERE = "band_sphere";

    private EarthComparisonReport() {
    }

    /** The note that says what the added column and tables mean. */
    public static String note() {
        return "band_sphere: the band by the geodesic distance on a sphere of radius 6,371,008.8 m (nearest site "
                + "also on the sphere); ring difference: the largest WGS84 geodesic distance from a point of the "
                + "sphere ring to the WGS84 ring of the same range, to " + EarthRingDifference.TOLERANCE_METERS
                + " m (sphere outside/inside: where that point lies).";
    }

    /** The {@code band_sphere} cell of a target. */
    public static String bandSphere(EarthComparison.Difference d, BandScheme scheme) {
        return ReportText.bandLabel(scheme, d.sphere().band());
    }

    /**
     * The two added tables: targets whose band differs ({@code band_differs}) and ring differences
     * ({@code ring_difference}).
     */
    public static List<Table> tables(List<Site> sites, BandScheme scheme, List<EarthComparison.Difference> differs,
                                     List<EarthComparison.RingDifference> rings) {
        List<List<Object>> rows = new ArrayList<>();
        for (EarthComparison.Difference d : differs) {
            rows.add(ReportText.row(d.wgs84().target().name(), d.wgs84().target().country(),
                    sites.get(d.wgs84().site()).id(), Num.of(d.wgs84().distanceMeters() / 1000, 3),
                    ReportText.bandLabel(scheme, d.wgs84().band()), sites.get(d.sphere().site()).id(),
                    Num.of(d.sphere().distanceMeters() / 1000, 3), ReportText.bandLabel(scheme, d.sphere().band())));
        }
        Table differ = new Table("band_differs", "Targets whose band differs between WGS84 and the sphere",
                List.of("name", "country", "site", "distance_km", "band", "site_sphere", "distance_sphere_km",
                        BAND_SPHERE), rows, List.of());
        List<List<Object>> ringRows = new ArrayList<>();
        for (EarthComparison.RingDifference r : rings) {
            ringRows.add(ReportText.row(sites.get(r.site()).id(), KmFormat.label(r.rangeMeters() / 1000),
                    Num.of(r.difference().km(), 3), Num.of(r.difference().azimuthDeg(), 1),
                    r.difference().sphereFartherOut() ? "outside" : "inside"));
        }
        Table ring = new Table("ring_difference", "Largest ring difference, sphere to WGS84, per site and range",
                List.of("site", "range_km", "ring_difference_km", "at_azimuth_deg", "sphere_ring"), ringRows,
                List.of());
        return List.of(differ, ring);
    }
}
