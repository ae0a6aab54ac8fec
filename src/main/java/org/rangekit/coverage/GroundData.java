package org.rangekit.coverage;

import java.util.List;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * The layers against which coverage is measured besides the targets themselves: land polygons,
 * countries with their populations (for the population by area share), and the cities whose
 * populations are summed (the population by cities).
 *
 * <p>The layers may be given as they are or read on first use ({@link #readOnFirstUse}): a
 * summary starts the sites' band areas on a thread of their own, which then reads the land and
 * countries, while the calling thread reads the targets and only afterwards needs the cities.
 *
 * <h2>Thread safety</h2>
 * Safe to share: each layer is read once, by the first thread asking for it (others wait).
 */
public final class GroundData {

    private final Layer<Geometry> land;
    private final Layer<List<Region>> countries;
    private final Layer<List<Target>> cities;

    /**
     * @param land land polygons in lon/lat (null: no land areas, reported as NaN)
     * @param countries countries with population and lon/lat polygon (may be empty)
     * @param cities point targets whose populations are summed per band (may be empty)
     */
    public GroundData(Geometry land, List<Region> countries, List<Target> cities) {
        List<Region> c = List.copyOf(countries);
        List<Target> t = List.copyOf(cities);
        this.land = new Layer<>(() -> land);
        this.countries = new Layer<>(() -> c);
        this.cities = new Layer<>(() -> t);
    }

    private GroundData(Supplier<Geometry> land, Supplier<List<Region>> countries, Supplier<List<Target>> cities) {
        this.land = new Layer<>(land);
        this.countries = new Layer<>(() -> List.copyOf(countries.get()));
        this.cities = new Layer<>(() -> List.copyOf(cities.get()));
    }

    /**
     * Layers read when first asked for, each once; a failure to read one is thrown to every caller
     * asking for it.
     */
    public static GroundData readOnFirstUse(Supplier<Geometry> land, Supplier<List<Region>> countries,
                                            Supplier<List<Target>> cities) {
        return new GroundData(land, countries, cities);
    }

    /** No land, no countries, no cities: counts and exact total areas only. */
    public static GroundData none() {
        return new GroundData(null, List.of(), List.of());
    }

    /** Land polygons in lon/lat, or null (no land areas). */
    public Geometry land() {
        return land.get();
    }

    /** Countries with population and lon/lat polygon. */
    public List<Region> countries() {
        return countries.get();
    }

    /** Point targets whose populations are summed per band. */
    public List<Target> cities() {
        return cities.get();
    }

    /** One layer, read once. */
    private static final class Layer<T> {
        private Supplier<T> read;
        private T value;
        private RuntimeException failure;

        Layer(Supplier<T> read) {
            this.read = read;
        }

        synchronized T get() {
            if (read != null) {
                try {
                    value = read.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
                read = null;
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
