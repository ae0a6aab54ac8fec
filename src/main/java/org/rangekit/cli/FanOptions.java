package org.rangekit.cli;

import java.util.ArrayList;
import java.util.List;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.Fans;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;

import picocli.CommandLine.Option;

/**
 * {@code --radials N} or {@code --bearings LIST}, {@code --radial-length LENGTH} and
 * {@code --sector SPEC} (repeatable): the range fan of {@code rings} and {@code map}, in the grammar
 * of {@link Fan}.
 */
final class FanOptions {

    @Option(names = "--radials", paramLabel = "N",
            description = "N radials evenly from 0° (8: every 45°): geodesics from each site to the outermost ring.")
    String radials;

    @Option(names = "--bearings", paramLabel = "DEG,DEG,...",
            description = "Radials along these bearings, degrees clockwise from north (e.g. 0,45,90).")
    String bearings;

    @Option(names = "--radial-length", paramLabel = "LENGTH",
            description = "Length of the radials (m, km, mi, nmi, ft; bare numbers in km; default: the outermost ring).")
    String radialLength;

    @Option(names = "--sector", paramLabel = "IN..OUT,FROM..TO",
            description = "A sector: radii INNER..OUTER (bare numbers in km, inner may be 0) and azimuths FROM..TO, "
                    + "clockwise from north; may cross north (330..30). E.g. 0..500km,30..90. Repeatable.")
    List<String> sectors;

    /** The fan, checked; bad input names the option and its value. */
    Fan fan() {
        if (radials != null && bearings != null) {
            throw BadInputException.of("--bearings", bearings, "give either --radials or --bearings, not both");
        }
        List<Double> b = radials != null ? named(() -> Fan.evenBearings("--radials", radials))
                : bearings != null ? named(() -> Fan.parseBearings("--bearings", bearings))
                : List.of();
        double lengthKm = 0;
        if (radialLength != null) {
            if (b.isEmpty()) {
                throw BadInputException.of("--radial-length", radialLength, "needs --radials or --bearings");
            }
            lengthKm = Units.lengthMeters("--radial-length", radialLength, "km", false) / 1000;
        }
        List<Fan.SectorSpec> specs = new ArrayList<>();
        for (String s : sectors == null ? List.<String>of() : sectors) {
            specs.add(named(() -> Fan.SectorSpec.parse("--sector", s)));
        }
        return new Fan(b, lengthKm, specs);
    }

    /** A parse whose grammar names the option and value itself ({@code --sector '…': …}), as {@link Units} does. */
    private static <T> T named(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Refuses a fan that cannot be drawn around the sites (a radial or sector beyond the globe). */
    static void check(Fan fan, List<Site> sites, double outermostKm, EarthModel earth) {
        Fans.problem(sites, fan, outermostKm, earth).ifPresent(m -> {
            throw new BadInputException("--" + (m.startsWith("sector") ? "sector" : "radial-length") + ": " + m);
        });
    }
}
