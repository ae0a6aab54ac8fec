package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@link GroundData#readOnFirstUse}: nothing is read before it is asked for, each layer is read
 * once even when several threads ask at once, and a layer that cannot be read fails every caller
 * with the same exception.
 */
class GroundDataTest {

    @Test
    void eachLayerIsReadOnceWhenFirstAskedFor() throws Exception {
        AtomicInteger landReads = new AtomicInteger();
        AtomicInteger cityReads = new AtomicInteger();
        Geometry land = new GeometryFactory().createPolygon();
        List<Target> cities = List.of(Target.point("a", "XX", 1, 2, 3));
        GroundData g = GroundData.readOnFirstUse(() -> {
            landReads.incrementAndGet();
            return land;
        }, List::of, () -> {
            cityReads.incrementAndGet();
            return cities;
        });
        assertEquals(0, landReads.get() + cityReads.get(), "nothing read before it is asked for");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Geometry> ask = g::land;
            List<Future<Geometry>> answers = pool.invokeAll(List.of(ask, ask, ask, ask, ask, ask, ask, ask));
            for (Future<Geometry> f : answers) {
                assertSame(land, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, landReads.get(), "land read once");
        assertEquals(0, cityReads.get(), "cities not read until asked for");
        assertEquals(cities, g.cities());
        assertEquals(cities, g.cities());
        assertEquals(1, cityReads.get(), "cities read once");
    }

    @Test
    void aLayerThatCannotBeReadFailsEveryCaller() {
        AtomicInteger reads = new AtomicInteger();
        IllegalStateException broken = new IllegalStateException("countries unreadable");
        GroundData g = GroundData.readOnFirstUse(() -> null, () -> {
            reads.incrementAndGet();
            throw broken;
        }, List::of);
        assertSame(broken, assertThrows(IllegalStateException.class, g::countries));
        assertSame(broken, assertThrows(IllegalStateException.class, g::countries));
        assertEquals(1, reads.get(), "not read again");
        assertEquals(null, g.land(), "no land is a null layer");
    }
}
