package org.rangekit.io.in.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.Slow;
import org.rangekit.databuild.DataBuilder;

/**
 * The shipped data/ is what scripts/build-data produced: every file is listed in MANIFEST.tsv with
 * its sha256 and feature count, and the classpath copies the loader reads are the same bytes.
 * (The full rebuild needs the npm tarballs and runs in scripts/build-data, not here.)
 */
class ShippedDataManifestTest {

    /** Size budget for data/ (bytes): the repository and the jar carry it. */
    static final long DATA_BUDGET_BYTES = 25_000_000L;

    static final Path DATA = Path.of("data");
    /** Files in data/ kept by hand rather than built from packages (the launch-site and missile-system catalogs). */
    static final Set<String> HAND_KEPT = Set.of("sites.csv", "systems.csv");

    record Row(String file, String features, String sha256) {
    }

    static List<Row> manifest() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        assertEquals("file\tfeatures\tsha256", lines.get(0));
        return lines.stream().skip(1).map(l -> l.split("\t")).map(f -> new Row(f[0], f[1], f[2])).toList();
    }

    @Test
    void manifestListsEveryFileWithItsChecksum() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> s = Files.list(DATA)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("MANIFEST.tsv") && !HAND_KEPT.contains(n)).forEach(onDisk::add);
        }
        Set<String> listed = new TreeSet<>();
        for (Row r : manifest()) {
            listed.add(r.file());
            assertEquals(r.sha256(), DataBuilder.sha256(DATA.resolve(r.file())), "sha256 of " + r.file());
        }
        assertEquals(onDisk, listed);
    }

    @Test
    @Slow
    void featureCountsMatchWhatTheLoaderReads() throws IOException {
        GeometryFactory gf = new GeometryFactory();
        for (Row r : manifest()) {
            if (r.features().equals("-")) {
                continue;
            }
            long expected = Long.parseLong(r.features());
            long actual;
            if (r.file().endsWith(".geojson")) {
                try (InputStream in = Files.newInputStream(DATA.resolve(r.file()))) {
                    actual = new GeoJsonFeatureReader(gf).read(in).size();
                }
            } else if (r.file().endsWith(".fgb")) {
                actual = FlatGeobufFeatureReader.read(Files.readAllBytes(DATA.resolve(r.file())), gf).size();
            } else if (r.file().equals("cities.tsv")) {
                actual = Files.readAllLines(DATA.resolve(r.file()), StandardCharsets.UTF_8).size() - 1;
                assertEquals(actual, EmbeddedData.cities().size());
            } else {
                throw new AssertionError("unexpected file in manifest: " + r.file());
            }
            assertEquals(expected, actual, "feature count of " + r.file());
        }
        assertEquals(177, EmbeddedData.countries(Scale.S110M).size());
    }

    @Test
    void classpathCopiesAreTheShippedFiles() throws IOException {
        for (Row r : manifest()) {
            try (InputStream in = EmbeddedData.open(r.file())) {
                assertArrayEquals(Files.readAllBytes(DATA.resolve(r.file())), in.readAllBytes(),
                        r.file() + " on the classpath differs from data/ (stale target/classes?)");
            }
        }
    }

    @Test
    void dataStaysWithinItsSizeBudget() throws IOException {
        long total;
        try (Stream<Path> s = Files.list(DATA)) {
            total = s.mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < DATA_BUDGET_BYTES, "data/ holds " + total + " bytes");
    }

    @Test
    void sourcesCarryAttributionAndLicences() throws IOException {
        String sources = Files.readString(DATA.resolve("SOURCES.md"));
        assertTrue(sources.contains("Attribution: Natural Earth; GeoNames"));
        assertTrue(sources.contains("CC BY 4.0") || sources.contains("Creative Commons Attribution 4.0"));
        assertTrue(sources.contains("public domain"));
        assertTrue(sources.contains("world-atlas | 2.0.2"));
    }
}
