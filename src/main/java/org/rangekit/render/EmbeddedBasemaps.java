package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.io.in.data.Country;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;

/**
 * The basemaps shipped in the jar (Natural Earth via {@link EmbeddedData}). At 10m there are no
 * coastline or lake layers: the land outline stands in for the coast.
 */
public final class EmbeddedBasemaps {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ConcurrentHashMap<Scale, Basemap> CACHE = new ConcurrentHashMap<>();

    private EmbeddedBasemaps() {
    }

    /** The basemap at a scale label ({@code 110m}, {@code 50m}, {@code 10m}). */
    public static Basemap load(String scaleLabel) {
        return CACHE.computeIfAbsent(Scale.parse(scaleLabel), EmbeddedBasemaps::build);
    }

    /**
     * Starts parsing the layers of a scale's basemap on the common fork-join pool and returns at once,
     * so that parsing overlaps the work done before the map needs it (tracing the rings). Null (the
     * scale follows the extent) or an unknown scale does nothing; {@link #load} reports the latter.
     */
    public static void prefetch(String scaleLabel) {
        Scale scale;
        try {
            scale = Scale.parse(scaleLabel);
        } catch (IllegalArgumentException e) {
            return;
        }
        ForkJoinPool.commonPool().execute(() -> layersBackwards(scale));
    }

    /**
     * Parses the layers in the reverse of the order {@link #build} asks for them, so that a pool
     * thread running this and the thread running {@code build} parse different layers until they
     * meet ({@link EmbeddedData} parses each layer once, whoever asks first, and caches it).
     */
    private static void layersBackwards(Scale scale) {
        try {
            if (scale != Scale.S10M) {
                EmbeddedData.lakes(scale);
                EmbeddedData.coastlines(scale);
            }
            EmbeddedData.land(scale);
            EmbeddedData.countries(scale);
        } catch (RuntimeException e) {
            // build() on the caller's thread meets the same failure and reports it.
        }
    }

    private static Basemap build(Scale scale) {
        ForkJoinPool.commonPool().execute(() -> layersBackwards(scale));
        List<Polygon> polys = new ArrayList<>();
        for (Country c : EmbeddedData.countries(scale)) {
            Geometry g = c.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    polys.add(p);
                }
            }
        }
        Geometry countries = GF.createMultiPolygon(polys.toArray(new Polygon[0]));
        boolean small = scale != Scale.S10M;
        return new Basemap(scale.label(), EmbeddedData.land(scale), countries,
                small ? EmbeddedData.coastlines(scale) : null, small ? EmbeddedData.lakes(scale) : null);
    }
}
