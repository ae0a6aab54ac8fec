package org.rangekit.io.in.targets;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Point;
import org.rangekit.coverage.Region;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.data.City;
import org.rangekit.io.in.data.Country;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.text.Quote;

/**
 * The built-in target sets, from the embedded data ({@link EmbeddedData}).
 *
 * <ul>
 * <li>{@code cities}: GeoNames places of 5,000 inhabitants or more plus every national capital
 *   (city sections and abandoned or historical places removed when the data was built).</li>
 * <li>{@code capitals}: the national capitals among them (GeoNames feature code PPLC).</li>
 * <li>{@code countries}: Natural Earth admin-0 countries as area targets. A country is classified
 *   by the distance from the site to its nearest point (0 when the site lies inside), which is the
 *   range a missile needs to reach it at all; its share inside each band is in the summary.
 *   Countries whose Natural Earth geometry is empty at the chosen scale are left out.</li>
 * </ul>
 */
public final class BuiltinTargets {

    /** Names of the built-in sets. */
    public static final List<String> NAMES = List.of("cities", "capitals", "countries");

    private BuiltinTargets() {
    }

    /** True when {@code name} is a built-in set (any case). */
    public static boolean isBuiltin(String name) {
        return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The targets of a built-in set, as an immutable list. The cities and capitals are built once
     * and shared by every caller (their properties maps are immutable too).
     *
     * @param scale Natural Earth scale for {@code countries}
     */
    public static List<Target> load(String name, Scale scale) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "cities" -> cities(false);
            case "capitals" -> cities(true);
            case "countries" -> countries(scale);
            default -> throw new IllegalArgumentException("unknown target set " + Quote.of(name)
                    + "; expected cities, capitals or countries");
        };
    }

    /** The city sets, built once: a summary reads the cities as targets and again as ground data. */
    private static final Map<Boolean, List<Target>> CITIES = new ConcurrentHashMap<>();

    private static List<Target> cities(boolean capitalsOnly) {
        return CITIES.computeIfAbsent(capitalsOnly, BuiltinTargets::readCities);
    }

    private static List<Target> readCities(boolean capitalsOnly) {
        List<Target> out = new ArrayList<>(capitalsOnly ? 256 : EmbeddedData.cities().size());
        for (City c : EmbeddedData.cities()) {
            if (capitalsOnly && !c.capital()) {
                continue;
            }
            out.add(new Target(c.name(), c.countryCode(), c.latDeg(), c.lonDeg(), c.population(), null,
                    new CityProperties(c.geonameId(), c.featureCode())));
        }
        return List.copyOf(out);
    }

    /**
     * A city's properties, {@code geoname_id} then {@code feature_code}, as an immutable map of two
     * fields instead of a {@code LinkedHashMap} of two entries and a string per id: the 49,741
     * cities stay in memory for a whole summary (as targets and as ground data), and every garbage
     * collection copies or marks what they hold.
     */
    static final class CityProperties extends AbstractMap<String, String> {

        private static final String ID = "geoname_id";
        private static final String CODE = "feature_code";

        private final long geonameId;
        private final String featureCode;

        CityProperties(long geonameId, String featureCode) {
            this.geonameId = geonameId;
            this.featureCode = featureCode;
        }

        @Override
        public String get(Object key) {
            return ID.equals(key) ? Long.toString(geonameId) : CODE.equals(key) ? featureCode : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return ID.equals(key) || CODE.equals(key);
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return List.<Entry<String, String>>of(
                            new SimpleImmutableEntry<>(ID, Long.toString(geonameId)),
                            new SimpleImmutableEntry<>(CODE, featureCode)).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }
    }

    private static List<Target> countries(Scale scale) {
        List<Target> out = new ArrayList<>();
        for (Country c : withArea(scale)) {
            Point inside = c.geometry().getInteriorPoint();
            Map<String, String> props = new LinkedHashMap<>();
            props.put("iso_n3", Integer.toString(c.isoN3()));
            props.put("continent", c.continent());
            out.add(new Target(c.name(), code(c), inside.getY(), inside.getX(), c.popEst(), c.geometry(), props));
        }
        return List.copyOf(out);
    }

    /** Countries as regions for area shares, coded by ISO alpha-3 (ADM0_A3 where ISO has none). */
    public static List<Region> regions(Scale scale) {
        List<Region> out = new ArrayList<>();
        for (Country c : withArea(scale)) {
            out.add(new Region(code(c), c.name(), c.popEst(), c.geometry()));
        }
        return out;
    }

    /**
     * The countries of {@code scale} that have a geometry. Natural Earth gives some microstates an
     * empty geometry at some scales (the Vatican at 1:10m): such a country has no point to measure
     * a distance to and no area to share, so it is left out of the set (docs/coverage.md).
     */
    private static List<Country> withArea(Scale scale) {
        List<Country> out = new ArrayList<>();
        for (Country c : EmbeddedData.countries(scale)) {
            if (c.geometry() != null && !c.geometry().isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String code(Country c) {
        String iso = c.isoA3();
        return iso == null || iso.isBlank() || iso.startsWith("-") ? c.adm0A3() : iso;
    }
}
