package org.rangekit.viewer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rangekit.api.Areas;
import org.rangekit.api.Distance;
import org.rangekit.api.Distances;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaDistance;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;

/**
 * What the viewer says about the point under the cursor: its coordinates, the distance and
 * initial azimuth from each site ({@link Distances#between}, as {@code rangekit distance}) or the
 * distance to the area the ranges are measured from, the range needed to reach it from the nearest
 * site (or from the area) and that range's category.
 *
 * @param point the point
 * @param fromSites per site, in the state's order
 * @param neededKm the least range that reaches the point from a site (km), NaN without sites
 * @param category the category of that range under the state's ranges, e.g. {@code intermediate-range (INF)}
 * @param compareNote with a comparison range, whether it reaches the point and the nearest range does not, or empty
 * @param fromArea from an area: the exact distance to it ({@link Areas#distance}: 0 inside, else to
 *        the nearest point of its boundary, as {@code rangekit distance --from-area}), else null
 */
public record Readout(GeoPoint point, List<Distance> fromSites, double neededKm, String category,
        String compareNote, AreaDistance fromArea) {

    /** The readout of a point under a state. */
    public static Readout at(ViewState s, GeoPoint p) {
        if (s.fromArea()) {
            AreaDistance d = Areas.distance(s.area().origin().area(), p);
            return new Readout(p, List.of(), d.distanceKm(), s.set().categoryOf(d.distanceKm()), "", d);
        }
        List<Distance> ds = new ArrayList<>();
        for (Site site : s.sites()) {
            ds.add(Distances.between(site.point(), p, s.earth()));
        }
        if (ds.isEmpty()) {
            return new Readout(p, ds, Double.NaN, "", "", null);
        }
        double need = Distances.neededRangeKm(s.sites().stream().map(Site::point).toList(), p, s.earth());
        String note = "";
        if (!Double.isNaN(s.compareKm())) {
            Comparison c = Comparison.of(s);
            if (c.adds(need)) {
                note = "only the " + KmFormat.label(c.widerKm()) + " km range reaches here, not "
                        + KmFormat.label(c.narrowerKm()) + " km";
            } else {
                note = need <= c.narrowerKm() ? "within both " + KmFormat.label(c.narrowerKm()) + " and "
                        + KmFormat.label(c.widerKm()) + " km" : "beyond both ranges compared";
            }
        }
        return new Readout(p, ds, need, s.set().categoryOf(need), note, null);
    }

    /** The coordinates: decimal degrees and DMS. */
    public String coordinates() {
        return String.format(Locale.ROOT, "%.5f, %.5f   %s", point.latDeg(), point.lonDeg(),
                Dms.format(point.latDeg(), point.lonDeg()));
    }

    /**
     * From an area, its line: {@code Russia's Kaliningrad exclave: inside (0 km)} or
     * {@code RUS (…): 464.687 km, nearest point 54.45906, 19.60400}; empty from sites.
     */
    public String areaLine(ViewState s) {
        if (fromArea == null) {
            return "";
        }
        String name = s.area().origin().name();
        return fromArea.inside() ? name + ": inside (0 km)"
                : String.format(Locale.ROOT, "%s: %.3f km, nearest point %.5f, %.5f", name, fromArea.distanceKm(),
                        fromArea.nearest().latDeg(), fromArea.nearest().lonDeg());
    }

    /** One line per site: {@code kapustin-yar: 1713.349 km at 261.0°}. */
    public List<String> siteLines(List<Site> sites) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fromSites.size(); i++) {
            Distance d = fromSites.get(i);
            out.add(String.format(Locale.ROOT, "%s: %.3f km at %.1f°", sites.get(i).id(), d.distanceKm(),
                    d.azimuthDeg()));
        }
        return out;
    }

    /** The needed range and its category, e.g. {@code needs 1,713 km: intermediate-range (INF)}. */
    public String needLine() {
        if (Double.isNaN(neededKm)) {
            return "";
        }
        return String.format(Locale.ROOT, "needs %s km: %s", KmFormat.label(Math.ceil(neededKm)), category)
                + (compareNote.isEmpty() ? "" : "; " + compareNote);
    }
}
