package org.rangekit.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Fan;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Sector;
import org.rangekit.range.Site;

/**
 * The lon/lat geometry of a range fan around sites: one radial per site and bearing
 * ({@link Radials}), one polygon per site and sector ({@link Sectors}), named for legends and
 * exports. Stateless; thread-safe.
 */
public final class Fans {

    /** What a part is: the {@code kind} property of its exported feature. */
    public enum Kind {
        RADIAL("radial"), SECTOR("sector");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code radial} or {@code sector}. */
        public String label() {
            return label;
        }
    }

    /**
     * One radial or sector.
     *
     * @param site its site
     * @param kind radial or sector
     * @param name e.g. {@code "radial 45°, 5,500 km"}, {@code "sector 30°–90°, 0–500 km"}
     * @param geometry lon/lat (RFC 7946 form): a (Multi)LineString or a (Multi)Polygon
     * @param azimuthDeg a radial's bearing, a sector's start azimuth (degrees)
     * @param endAzimuthDeg a sector's end azimuth (degrees); a radial's bearing again
     * @param innerKm 0 for a radial, a sector's inner radius (kilometres)
     * @param outerKm a radial's length, a sector's outer radius (kilometres)
     */
    public record Part(Site site, Kind kind, String name, Geometry geometry, double azimuthDeg, double endAzimuthDeg,
            double innerKm, double outerKm) {
    }

    private Fans() {
    }

    /**
     * Why the fan cannot be drawn around these sites, or empty: a radial longer than the distance
     * to the farthest point of the globe, or a sector beyond where rings are well defined.
     *
     * @param sites the sites
     * @param fan the fan
     * @param outermostKm the outermost ring (kilometres), the radials' default length
     * @param earth the figure of the Earth
     */
    public static java.util.Optional<String> problem(List<Site> sites, Fan fan, double outermostKm, EarthModel earth) {
        double lengthKm = fan.radialLengthKm() > 0 ? fan.radialLengthKm() : outermostKm;
        for (Site s : sites) {
            double max = RingPolygons.maxRadiusMeters(s.point(), earth);
            if (!fan.bearingsDeg().isEmpty() && lengthKm * 1000 > max) {
                return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                        "radial length %s km is beyond the farthest point of the globe from %s, %.3f km away",
                        KmFormat.plain(lengthKm), s.id(), max / 1000));
            }
            for (Fan.SectorSpec spec : fan.sectors()) {
                double outerM = spec.outerKm() * 1000;
                double limit = outerM <= RingPolygons.cutLocusOnsetMeters(earth) ? max
                        : RingPolygons.wellDefinedRadiusMeters(s.point(), earth);
                if (outerM > limit) {
                    return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                            "sector %s: outer radius beyond %.3f km, where rings from %s stop being well defined",
                            spec, limit / 1000, s.id()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The parts of {@code fan} around every site, site by site: radials, then sectors.
     *
     * @param sites the sites
     * @param fan bearings, radial length and sectors
     * @param outermostKm the outermost ring (kilometres): the radials' length when the fan gives none
     * @param earth the figure of the Earth
     * @param toleranceMeters largest distance (metres) of a straight lon/lat edge from the true line
     */
    public static List<Part> parts(List<Site> sites, Fan fan, double outermostKm, EarthModel earth,
            double toleranceMeters) {
        double lengthKm = fan.radialLengthKm() > 0 ? fan.radialLengthKm() : outermostKm;
        List<Part> out = new ArrayList<>();
        for (Site s : sites) {
            for (double b : fan.bearingsDeg()) {
                Geometry g = Radials.line(s.point(), b, lengthKm * 1000, earth, toleranceMeters);
                out.add(new Part(s, Kind.RADIAL, "radial " + KmFormat.plain(b) + "°, " + KmFormat.label(lengthKm) + " km",
                        g, b, b, 0, lengthKm));
            }
            for (Fan.SectorSpec spec : fan.sectors()) {
                Sector sector = new Sector(s.point(), spec.innerKm() * 1000, spec.outerKm() * 1000, spec.startDeg(),
                        spec.endDeg(), earth);
                out.add(new Part(s, Kind.SECTOR, "sector " + KmFormat.plain(spec.startDeg()) + "°" + KmFormat.RANGE_DASH
                        + KmFormat.plain(spec.endDeg()) + "°, " + KmFormat.band(spec.innerKm(), spec.outerKm()),
                        Sectors.polygon(sector, toleranceMeters), spec.startDeg(), spec.endDeg(), spec.innerKm(),
                        spec.outerKm()));
            }
        }
        return out;
    }
}
