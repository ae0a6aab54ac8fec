package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rangekit.api.Overlays;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.OverlayFormat;

/**
 * Sites written through the real overlay writers, in every overlay format, read back by the
 * {@code --sites-file} reader ({@link SiteFiles}): the same ids, names, sources and uncertainties,
 * positions within {@value #TOLERANCE_DEG}°, in file order. The sites include Petropavlovsk-Kamchatsky,
 * both sides of ±180°, both poles' neighbourhoods, names with non-ASCII letters, commas and quotes,
 * and a seeded set over the whole globe.
 */
class SiteFilesRoundTripTest {

    /** Largest position error (degrees) allowed: 1e-7° is 1.1 cm of latitude. */
    static final double TOLERANCE_DEG = 1e-7;

    @TempDir
    Path dir;

    static List<Site> sites() {
        List<Site> out = new ArrayList<>();
        out.add(SiteCatalog.builtIn().find("petropavlovsk-kamchatsky").orElseThrow());
        out.add(new Site("date-line-east", "Date line, \"east\" side", new GeoPoint(-16.5, 180.0), "test, east", 0));
        out.add(new Site("date-line-west", "Date line west", new GeoPoint(52.123456789, -180.0), "test", 12.5));
        out.add(new Site("near-north-pole", "Северный полюс, рядом", new GeoPoint(89.99999, 45.25), "Ω source", 1));
        out.add(new Site("near-south-pole", "Pôle sud «Восток»", new GeoPoint(-89.9999987, -179.9999999), "s", 0.25));
        out.add(new Site("quote-comma", "a \"quoted\", name; with, commas", new GeoPoint(0, 0), "\"src\", x", 3));
        Random r = new Random(20261202L);
        for (int i = 0; i < 20; i++) {
            double lat = -90 + 180 * r.nextDouble();
            double lon = -180 + 360 * r.nextDouble();
            out.add(new Site("seeded-" + i, "Seeded site " + i + " — 東京, «x»", new GeoPoint(lat, lon),
                    "seed 20261202", Math.round(r.nextDouble() * 1e6) / 1e3));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(OverlayFormat.class)
    void everyFormatReadsBackTheSitesItWrites(OverlayFormat format) throws Exception {
        List<Site> sites = sites();
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        sites.forEach(s -> features.add(RingFeatures.site(s)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Overlays.write(bytes, format, features, sites, ThresholdSet.inf(), EarthModel.WGS84, false);
        Path file = dir.resolve("sites" + format.extensions().get(0));
        Files.write(file, bytes.toByteArray());

        List<Site> back = SiteFiles.read(file, "--sites-file '" + file.getFileName() + "'");

        assertEquals(sites.size(), back.size(), format + ": number of sites read back");
        for (int i = 0; i < sites.size(); i++) {
            Site w = sites.get(i);
            Site b = back.get(i);
            String what = format + " site " + w.id();
            assertEquals(w.id(), b.id(), what + " id");
            assertEquals(w.name(), b.name(), what + " name");
            assertEquals(w.source(), b.source(), what + " source");
            assertEquals(w.uncertaintyKm(), b.uncertaintyKm(), 1e-9, what + " uncertainty_km");
            assertEquals(w.point().latDeg(), b.point().latDeg(), TOLERANCE_DEG, what + " lat");
            double dLon = Math.abs(w.point().lonDeg() - b.point().lonDeg());
            // ±180° are the same meridian; near a pole the longitude still has to come back.
            dLon = Math.min(dLon, Math.abs(360 - dLon));
            assertEquals(0, dLon, TOLERANCE_DEG, what + " lon " + b.point().lonDeg());
        }
    }
}
