package org.rangekit.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.rangekit.api.AreaOrigin;
import org.rangekit.api.Areas;
import org.rangekit.api.Distance;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaDistance;
import org.rangekit.range.ThresholdSet;
import org.rangekit.api.Distances;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Reach;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit distance}: geodesic distance and initial azimuth between two sites, and the INF
 * category of that range. The numbers come from GeographicLib's inverse problem (Karney 2013).
 */
@Command(name = "distance", mixinStandardHelpOptions = true,
        description = "Geodesic distance between two sites (km, 3 decimals), initial azimuth (degrees "
                + "clockwise from north) and the INF Treaty category of that range.",
        footer = {"", "Examples:",
            "  rangekit distance --from kapustin-yar --to 90,0",
            "  rangekit distance --from \"48°35′N 45°43′E\" --to chernyakhovsk",
            "  rangekit distance --from-country RUS --part-containing 54.7,20.5 --to 52,13",
            "  rangekit distance --from-area launch-box.geojson --to 50.45,30.52"})
final class DistanceCommand implements Runnable {

    @ParentCommand
    Main main;

    @Option(names = "--from", paramLabel = "SITE",
            description = "Start: catalog id, LAT,LON in decimal degrees, or DMS like \"48°35′N 45°43′E\".")
    String from;

    @Mixin
    AreaOptions area = new AreaOptions();

    @Option(names = "--to", required = true, paramLabel = "SITE",
            description = "End: catalog id, LAT,LON or DMS.")
    String to;

    @Mixin
    EarthOption earth = new EarthOption();

    @Override
    public void run() {
        area.checkOne(from != null, "--from SITE");
        if (from == null) {
            runFromArea();
            return;
        }
        SiteCatalog catalog = SiteCatalog.builtIn();
        Site a = SiteArgs.parse("--from", from, catalog);
        Site b = SiteArgs.parse("--to", to, catalog);
        EarthModel model = earth.model();
        Distance d = Distances.between(a.point(), b.point(), model);
        PrintStream out = main.stdout();
        out.println("from:         " + describe(a));
        out.println("to:           " + describe(b));
        out.println("distance_km:  " + fixed(d.distanceKm(), 3));
        out.println("azimuth_deg:  " + azimuth(d.azimuthDeg()) + " (initial, clockwise from north)");
        out.println("category:     " + d.infCategory());
        double u = a.uncertaintyKm() + b.uncertaintyKm();
        if (u > 0) {
            Interval trueKm = Reach.trueDistanceKm(d.distanceKm(), u);
            out.println("interval_km:  " + fixed(trueKm.lowerKm(), 3) + ".." + fixed(trueKm.upperKm(), 3)
                    + " (" + known(a, b) + ")");
            out.println("categories:   " + ThresholdSet.inf().categoryOfBand(trueKm.lowerKm(), trueKm.upperKm())
                    + " (over the interval)");
        }
        out.println("earth:        " + model.label());
        out.flush();
    }

    private void runFromArea() {
        EarthModel model = earth.model();
        Site b = SiteArgs.parse("--to", to, SiteCatalog.builtIn());
        AreaOrigin origin = area.origin(model);
        String what = area.described(origin);
        AreaDistance d = Areas.distance(origin.area(), b.point());
        PrintStream out = main.stdout();
        out.println("from:         " + what);
        out.println("to:           " + describe(b));
        out.println("inside:       " + (d.inside() ? "yes" : "no"));
        out.println("distance_km:  " + fixed(d.distanceKm(), 3) + (d.inside() ? "" : " (to the nearest point of the area)"));
        out.println("nearest:      " + fixed(d.nearest().latDeg(), 7) + ", " + fixed(GeoPoint.normalizeLon(d.nearest().lonDeg()), 7));
        out.println("category:     " + ThresholdSet.inf().categoryOf(d.distanceKm()));
        out.println("earth:        " + model.label());
        out.flush();
    }

    /** "position of kapustin-yar known to ±50 km", or both ends' when both are uncertain. */
    private static String known(Site a, Site b) {
        if (a.uncertaintyKm() > 0 && b.uncertaintyKm() > 0) {
            return "positions known to \u00B1" + KmFormat.label(a.uncertaintyKm()) + " km (" + a.id() + ") and \u00B1"
                    + KmFormat.label(b.uncertaintyKm()) + " km (" + b.id() + ")";
        }
        Site s = a.uncertaintyKm() > 0 ? a : b;
        return "position of " + s.id() + " known to \u00B1" + KmFormat.label(s.uncertaintyKm()) + " km";
    }

    private static String describe(Site s) {
        String where = SiteArgs.fmt(s.point().latDeg()) + ", " + SiteArgs.fmt(s.point().lonDeg());
        return s.id().equals(SiteArgs.fmt(s.point().latDeg()) + "," + SiteArgs.fmt(s.point().lonDeg()))
                ? where : s.id() + " (" + s.name() + ", " + where + ")";
    }

    /** Azimuth in [0, 360) with 3 decimals; {@code deg} is in [0, 360) already ({@link Distance#azimuthDeg}). */
    static String azimuth(double deg) {
        BigDecimal d = BigDecimal.valueOf(deg).setScale(3, RoundingMode.HALF_EVEN);
        if (d.compareTo(BigDecimal.valueOf(360)) >= 0) {
            d = d.subtract(BigDecimal.valueOf(360));
        }
        return d.toPlainString();
    }

    static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
