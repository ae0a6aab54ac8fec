package org.rangekit.api;

import java.util.List;
import org.rangekit.coverage.ComparisonSummary;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.ReadProgress;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.report.ComparisonReport;
import org.rangekit.range.Site;

/**
 * The comparison reports exactly as {@code rangekit compare} writes them: two ranges from one
 * site, two sites at one range, several sites against their union. Ranges in km.
 *
 * <p>Example (what 500 km adds over 480 km from Kapustin Yar, among the world's cities, as CSV):
 * <pre>{@code
 * Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
 * try (TargetStream cities = TargetStream.open("cities", Scale.S110M, TargetStream.skipBadRows(), w -> { })) {
 *     ComparisonReport r = ComparisonReports.ranges(ky, 480, 500, EarthModel.WGS84, cities, ReadProgress.NONE,
 *             Scale.S110M);
 *     ReportWriter.write(r.forFormat(Format.CSV, false), Format.CSV, System.out);
 * }
 * }</pre>
 *
 * <p>Each call reads the targets to their end and computes everything before returning, so nothing
 * is written when a comparison fails. The ranges must give well-defined rings
 * ({@link org.rangekit.geometry.RangeLimits}).
 */
public final class ComparisonReports {

    private ComparisonReports() {
    }

    /**
     * What {@code vsRangeKm} adds over (or gives up against) {@code rangeKm} from {@code site}.
     *
     * @param site the site
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km), different
     * @param earth the earth model
     * @param targets the targets, read to their end
     * @param progress told how far the targets have been read
     * @param scale Natural Earth scale of land and countries
     * @return the report
     * @throws IllegalArgumentException when a range gives no well-defined ring
     * @throws org.rangekit.coverage.SiteAreaException when the band's areas cannot be computed
     */
    public static ComparisonReport ranges(Site site, double rangeKm, double vsRangeKm, EarthModel earth,
                                          TargetStream targets, ReadProgress progress, Scale scale) {
        Comparisons.checkRanges(List.of(site), earth, rangeKm, vsRangeKm);
        ComparisonSummary.Ranges c = ComparisonSummary.ranges(site, rangeKm, vsRangeKm, earth,
                sink -> targets.forEachChunk(sink, progress), CoverageReports.ground(scale));
        return ComparisonReport.ranges(c, earth, targets.label(), scale.label(), EmbeddedData.ATTRIBUTION);
    }

    /**
     * What lies within {@code rangeKm} of {@code site}, of {@code vsSite}, of both and of only one.
     *
     * @param site the first site
     * @param vsSite the second site
     * @param rangeKm the range from either (km)
     * @param earth the earth model
     * @param targets the targets, read to their end
     * @param progress told how far the targets have been read
     * @param scale Natural Earth scale of land and countries
     * @return the report
     * @throws IllegalArgumentException when the range gives no well-defined ring
     * @throws org.rangekit.coverage.SiteAreaException when a disc's or the overlap's areas cannot be computed
     */
    public static ComparisonReport twoSites(Site site, Site vsSite, double rangeKm, EarthModel earth,
                                            TargetStream targets, ReadProgress progress, Scale scale) {
        Comparisons.checkRanges(List.of(site, vsSite), earth, rangeKm);
        ComparisonSummary.TwoSites c = ComparisonSummary.twoSites(site, vsSite, rangeKm, earth,
                sink -> targets.forEachChunk(sink, progress), CoverageReports.ground(scale));
        return ComparisonReport.twoSites(c, earth, targets.label(), scale.label(), EmbeddedData.ATTRIBUTION);
    }

    /**
     * Each of {@code sites} alone within {@code rangeKm} against their union.
     *
     * @param sites the sites, at least two
     * @param rangeKm the range from each (km)
     * @param earth the earth model
     * @param targets the targets, read to their end
     * @param progress told how far the targets have been read
     * @param scale Natural Earth scale of land and countries
     * @return the report
     * @throws IllegalArgumentException when the range gives no well-defined ring
     * @throws org.rangekit.coverage.SiteAreaException when a disc's or the union's areas cannot be computed
     */
    public static ComparisonReport union(List<Site> sites, double rangeKm, EarthModel earth, TargetStream targets,
                                         ReadProgress progress, Scale scale) {
        Comparisons.checkRanges(sites, earth, rangeKm);
        ComparisonSummary.Union c = ComparisonSummary.union(sites, rangeKm, earth,
                sink -> targets.forEachChunk(sink, progress), CoverageReports.ground(scale));
        return ComparisonReport.union(c, earth, targets.label(), scale.label(), EmbeddedData.ATTRIBUTION);
    }
}
