package org.rangekit.io.in.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.rangekit.Slow;

/** Checks the shipped layers as the loader returns them: validity read flat, repair, sanity of sizes. */
@Slow
class EmbeddedDataTest {

    /** Natural Earth land area, 148.9 million km² (the usual figure for Earth's land surface). */
    static final double EARTH_LAND_KM2 = 148.9e6;
    /** Relative tolerance for land area at 110m: generalisation and 400 m quantization shift coasts. */
    static final double LAND_AREA_REL_TOL = 0.03;
    /** Russia's area, 17.1 million km² (17,098,246 km² official). */
    static final double RUSSIA_KM2 = 17.1e6;
    /** Relative tolerance for one country's area at 50m and 110m. */
    static final double COUNTRY_AREA_REL_TOL = 0.03;

    private static final GeometryFactory GF = new GeometryFactory();

    @ParameterizedTest
    @EnumSource(Scale.class)
    void everyCountryIsValidFlatWithCcwShellsInsideLonLatBounds(Scale scale) {
        List<Country> countries = EmbeddedData.countries(scale);
        for (Country c : countries) {
            assertValidPolygonal(c.name() + " @" + scale, c.geometry());
        }
        assertEquals(expectedCountries(scale), countries.size());
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void landIsValidFlat(Scale scale) {
        assertValidPolygonal("land @" + scale, EmbeddedData.land(scale));
    }

    @ParameterizedTest
    @EnumSource(value = Scale.class, names = {"S110M", "S50M"})
    void lakesAndCoastlinesAreValidFlat(Scale scale) {
        assertValidPolygonal("lakes @" + scale, EmbeddedData.lakes(scale));
        Geometry coast = EmbeddedData.coastlines(scale);
        assertTrue(coast.getNumGeometries() > 100, "coastline count " + coast.getNumGeometries());
        assertInBounds("coastlines @" + scale, coast);
        for (int i = 0; i < coast.getNumGeometries(); i++) {
            Coordinate[] cs = coast.getGeometryN(i).getCoordinates();
            for (int k = 1; k < cs.length; k++) {
                assertTrue(Math.abs(cs[k].x - cs[k - 1].x) <= 180, "coastline jumps across the map at " + cs[k]);
            }
        }
    }

    @Test
    void tenMetreLayersOnlyHaveCountriesAndLand() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedData.coastlines(Scale.S10M));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedData.lakes(Scale.S10M));
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void russiaAndFijiAreCutAtTheAntimeridian(Scale scale) {
        for (String name : List.of("Russia", "Fiji")) {
            Country c = country(scale, name);
            Envelope env = c.geometry().getEnvelopeInternal();
            // Both reach the antimeridian from both sides: the cut happened and put the parts back in range.
            assertEquals(-180.0, env.getMinX(), 0.0, name + " west edge @" + scale);
            assertEquals(180.0, env.getMaxX(), 0.0, name + " east edge @" + scale);
            assertTrue(c.geometry().getNumGeometries() > 1, name + " has parts on both sides");
            for (int i = 0; i < c.geometry().getNumGeometries(); i++) {
                Envelope part = c.geometry().getGeometryN(i).getEnvelopeInternal();
                assertTrue(part.getWidth() < 180, name + " part " + i + " spans " + part.getWidth() + "° @" + scale);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void antarcticaIsClosedAlongTheSouthPole(Scale scale) {
        Geometry a = country(scale, "Antarctica").geometry();
        assertTrue(a.contains(GF.createPoint(new Coordinate(0, -89.9))), "contains (0, -89.9) @" + scale);
        assertTrue(a.contains(GF.createPoint(new Coordinate(100, -85))), "contains (100, -85) @" + scale);
        assertFalse(a.contains(GF.createPoint(new Coordinate(100, -50))), "not (100, -50) @" + scale);
        Geometry land = EmbeddedData.land(scale);
        assertTrue(land.contains(GF.createPoint(new Coordinate(-179.99, -89.99))), "land at the pole @" + scale);
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void landAreaIsEarthsLandArea(Scale scale) {
        double km2 = GeodesicAreas.squareKm(EmbeddedData.land(scale));
        assertEquals(EARTH_LAND_KM2, km2, EARTH_LAND_KM2 * LAND_AREA_REL_TOL, "land area @" + scale);
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void russiaHasItsArea(Scale scale) {
        double km2 = GeodesicAreas.squareKm(country(scale, "Russia").geometry());
        assertEquals(RUSSIA_KM2, km2, RUSSIA_KM2 * COUNTRY_AREA_REL_TOL, "Russia @" + scale);
    }

    @Test
    void countryAttributesAreJoined() {
        Country ru = country(Scale.S50M, "Russia");
        assertEquals(643, ru.isoN3());
        assertEquals("RUS", ru.isoA3());
        assertEquals("Europe", ru.continent());
        assertEquals(2019, ru.popYear());
        assertTrue(ru.popEst() > 140_000_000L && ru.popEst() < 150_000_000L, "Russia pop " + ru.popEst());
        // France and Norway lack ISO_A3 in Natural Earth 3.1; the build takes their ADM0_A3.
        assertEquals("FRA", country(Scale.S110M, "France").isoA3());
        assertEquals(578, country(Scale.S110M, "Norway").isoN3());
        assertEquals("NOR", country(Scale.S110M, "Norway").isoA3());
        Set<String> a3 = new HashSet<>();
        for (Country c : EmbeddedData.countries(Scale.S110M)) {
            assertTrue(c.popYear() == 0 || c.popYear() >= 2000, c.name() + " pop year " + c.popYear());
            if (!"-99".equals(c.isoA3())) {
                assertTrue(a3.add(c.isoA3()), "duplicate iso_a3 " + c.isoA3());
            }
        }
    }

    @Test
    void citiesFollowTheSelectionRules() {
        List<City> cities = EmbeddedData.cities();
        assertTrue(cities.size() > 40_000 && cities.size() < 60_000, "city count " + cities.size());
        int capitals = 0;
        for (City c : cities) {
            assertFalse(Set.of("PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH").contains(c.featureCode()), c.toString());
            assertTrue(c.population() >= 5000 || c.capital(), c.toString());
            assertEquals("PPLC".equals(c.featureCode()), c.capital(), c.toString());
            capitals += c.capital() ? 1 : 0;
        }
        assertTrue(capitals > 200, "capitals " + capitals);
        City moscow = cities.stream().filter(c -> c.geonameId() == 524901L).findFirst().orElseThrow();
        assertEquals("Moscow", moscow.name());
        assertTrue(moscow.capital());
        assertEquals("RU", moscow.countryCode());
    }

    @Test
    void attribution() {
        assertEquals("Natural Earth; GeoNames", EmbeddedData.attribution());
    }

    @Test
    void concurrentFirstCallsShareOneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Object> task = () -> EmbeddedData.lakes(Scale.S50M);
            List<Future<Object>> results = pool.invokeAll(List.of(task, task, task, task));
            Object first = results.get(0).get();
            for (Future<Object> f : results) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    static Country country(Scale scale, String name) {
        return EmbeddedData.countries(scale).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no country " + name + " at " + scale));
    }

    static int expectedCountries(Scale scale) {
        return switch (scale) {
            case S110M -> 177;
            case S50M -> 241;
            case S10M -> 255;
        };
    }

    static void assertValidPolygonal(String what, Geometry g) {
        IsValidOp op = new IsValidOp(g);
        assertTrue(op.isValid(), what + ": " + op.getValidationError());
        assertInBounds(what, g);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), what + ": shell " + i + " not CCW");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertFalse(Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), what + ": hole not CW");
            }
        }
    }

    static void assertInBounds(String what, Geometry g) {
        Envelope env = g.getEnvelopeInternal();
        if (env.isNull()) {
            return;
        }
        assertTrue(env.getMinX() >= -180 && env.getMaxX() <= 180 && env.getMinY() >= -90 && env.getMaxY() <= 90,
                what + ": envelope " + env);
    }
}
