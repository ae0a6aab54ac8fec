package org.rangekit.range;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range fan drawn over the rings: radials (geodesics from each site along given bearings) and
 * sectors (distance and azimuth windows), with the grammar people type them in, shared by the
 * command line and scenario files.
 *
 * <ul>
 *   <li>Radials: {@code N} evenly from 0° ({@code 8} → 0°, 45°, … 315°), or bearings in degrees
 *       clockwise from north, comma-separated ({@code 0,45,90}).</li>
 *   <li>Radial length: a length in the grammar of {@link Lengths} (bare numbers in km); 0 means
 *       to the outermost ring.</li>
 *   <li>A sector: {@code INNER..OUTER,START..END}: radii in the grammar of {@link Lengths} (bare
 *       numbers in km, the inner radius may be 0), then the clockwise span of azimuths in degrees
 *       from START to END ({@code 0..500km,30..90}; {@code 100..1000km,330..30} crosses north).</li>
 * </ul>
 *
 * @param bearingsDeg radial bearings (degrees clockwise from north), in order
 * @param radialLengthKm radial length (kilometres), or 0 for the outermost ring
 * @param sectors the sectors, in order
 */
public record Fan(List<Double> bearingsDeg, double radialLengthKm, List<SectorSpec> sectors) {

    /** No radials and no sectors. */
    public static final Fan NONE = new Fan(List.of(), 0, List.of());

    /** Most radials drawn: one per degree and a half is already a solid fill on any map. */
    public static final int MAX_RADIALS = 360;

    public Fan {
        bearingsDeg = List.copyOf(bearingsDeg);
        sectors = List.copyOf(sectors);
        for (double b : bearingsDeg) {
            if (!Double.isFinite(b)) {
                throw new IllegalArgumentException("bearing must be a finite number of degrees, got " + b);
            }
        }
        if (!(radialLengthKm >= 0) || Double.isInfinite(radialLengthKm)) {
            throw new IllegalArgumentException("radial length must be a finite number >= 0 km, got " + radialLengthKm);
        }
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return bearingsDeg.isEmpty() && sectors.isEmpty();
    }

    /**
     * {@code n} bearings evenly from 0°.
     *
     * @param name the field, for messages (e.g. {@code --radials})
     * @param text the count as typed
     */
    public static List<Double> evenBearings(String name, String text) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_RADIALS) {
            throw new IllegalArgumentException(name + " '" + text + "': expected a whole number of radials from 1 to "
                    + MAX_RADIALS);
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(360.0 * i / n);
        }
        return out;
    }

    /**
     * Bearings in degrees, comma-separated.
     *
     * @param name the field, for messages (e.g. {@code --bearings})
     * @param text the list as typed, e.g. {@code 0,45,90}
     */
    public static List<Double> parseBearings(String name, String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(degrees(name, text, part));
        }
        return out;
    }

    /**
     * The radial length (kilometres): 0 for the outermost ring, else a length with an optional unit.
     *
     * @param name the field, for messages
     * @param text e.g. {@code 1000km}, {@code 500nmi}
     */
    public static double parseRadialLengthKm(String name, String text) {
        return Lengths.parseKm(name, text, LengthUnit.KM);
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern SECTOR = Pattern.compile("\\s*([^.,]+(?:\\.\\d+)?[^.,]*)\\s*\\.\\.\\s*(.+?)\\s*,"
            + "\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+)\\s*");

    static double degrees(String name, String whole, String part) {
        String t = part.strip().replace("°", "");
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException(name + " '" + whole + "': '" + part.strip()
                    + "' is not an angle; expected degrees clockwise from north, e.g. 0,45,90");
        }
        return Double.parseDouble(t);
    }

    /**
     * A sector without its site: radii (kilometres) and the clockwise span of azimuths (degrees).
     *
     * @param innerKm inner radius (kilometres), ≥ 0
     * @param outerKm outer radius (kilometres), &gt; inner
     * @param startDeg first edge (degrees clockwise from north)
     * @param endDeg last edge (degrees clockwise from north); the span runs clockwise from start to end
     */
    public record SectorSpec(double innerKm, double outerKm, double startDeg, double endDeg) {

        public SectorSpec {
            if (!(innerKm >= 0) || !(outerKm > innerKm) || Double.isInfinite(outerKm)) {
                throw new IllegalArgumentException("sector radii must satisfy 0 <= inner < outer, got "
                        + KmFormat.plain(innerKm) + " and " + KmFormat.plain(outerKm) + " km");
            }
            if (!Double.isFinite(startDeg) || !Double.isFinite(endDeg)
                    || Sector.reduce(endDeg - startDeg) == 0) {
                throw new IllegalArgumentException("sector azimuths must differ (start " + startDeg + "°, end "
                        + endDeg + "°); a full circle is a ring or band");
            }
        }

        /**
         * Parses {@code INNER..OUTER,START..END}, e.g. {@code 0..500km,30..90}.
         *
         * @param name the field, for messages (e.g. {@code --sector})
         * @param text the sector as typed
         */
        public static SectorSpec parse(String name, String text) {
            Matcher m = SECTOR.matcher(text == null ? "" : text);
            String expected = "expected INNER..OUTER,START..END (radii with an optional unit m, km, mi, nmi, ft,"
                    + " bare numbers in km; azimuths in degrees clockwise from north), e.g. 0..500km,30..90";
            if (!m.matches()) {
                throw new IllegalArgumentException(name + " '" + text + "': " + expected);
            }
            double inner = m.group(1).strip().matches("[+-]?0+(\\.0*)?\\s*[a-zA-Z]*") ? 0
                    : Lengths.parseKm(name, m.group(1).strip(), unitOf(m.group(2)));
            double outer = Lengths.parseKm(name, m.group(2).strip(), LengthUnit.KM);
            double start = degrees(name, text, m.group(3));
            double end = degrees(name, text, m.group(4));
            if (!(outer > inner)) {
                throw new IllegalArgumentException(name + " '" + text + "': the outer radius must be larger than the"
                        + " inner one");
            }
            if (Sector.reduce(end - start) == 0) {
                throw new IllegalArgumentException(name + " '" + text + "': start and end azimuth are the same"
                        + " direction; a sector needs a span between 0° and 360° (a full circle is a ring or band)");
            }
            return new SectorSpec(inner, outer, start, end);
        }

        /** The unit written after the outer radius applies to a bare inner radius ({@code 100..500mi}). */
        private static LengthUnit unitOf(String outer) {
            String t = outer.strip().toLowerCase(Locale.ROOT).replaceAll("^[0-9.eE+\\-\\s]+", "");
            return LengthUnit.ofSymbol(t).orElse(LengthUnit.KM);
        }

        /** As typed back: {@code 0..500,30..90} in km and degrees. */
        @Override
        public String toString() {
            return KmFormat.plain(innerKm) + ".." + KmFormat.plain(outerKm) + "," + KmFormat.plain(startDeg) + ".."
                    + KmFormat.plain(endDeg);
        }
    }
}
