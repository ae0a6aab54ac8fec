package org.rangekit.viewer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.api.Scenarios;
import org.rangekit.scenario.OverlayFormat;

/**
 * The viewer's overlay export in every overlay format: the file the export writes is the file
 * {@code rangekit run} writes for the saved scenario, byte for byte, and the format is the one the
 * extension names (each format's own signature at the start of the file).
 */
class ExportsOverlayTest {

    @TempDir
    Path dir;

    /** Two sites (one typed), ranges with a fraction: KML folders per site, a union-free overlay. */
    private static ViewState state() {
        return ViewState.initial().withSite(ViewState.parseSite("44°04′N 24°23′E"))
                .withRangesKm(List.of(480.0, 500.0, 1000.5, 3000.0));
    }

    @Test
    void everyOverlayFormatRunsToTheSameBytes() throws Exception {
        ViewState s = state();
        for (OverlayFormat f : OverlayFormat.values()) {
            for (String ext : f.extensions()) {
                String name = "bands-" + f.name().toLowerCase(java.util.Locale.ROOT) + ext;
                Path saved = dir.resolve("saved-" + f + ext);
                Path again = dir.resolve("again-" + f + ext);
                Files.createDirectories(saved);
                Files.createDirectories(again);
                Exports.overlay(s, saved.resolve(name));
                String yaml = Exports.scenarioYaml(s, 100, 80, List.of(), name, null);
                Files.writeString(again.resolve("s.yaml"), yaml);
                List<String> written = new ArrayList<>();
                Scenarios.run(again.resolve("s.yaml"), written::add);
                assertEquals(1, written.size(), written.toString());
                byte[] viewer = Files.readAllBytes(saved.resolve(name));
                assertArrayEquals(viewer, Files.readAllBytes(again.resolve(name)), name);
                assertTrue(startsAs(f, viewer), name + " does not start as " + f + " does");
            }
        }
    }

    @Test
    void savedScenarioWithAKmzOverlayRunsToTheSameFiles() throws Exception {
        ViewState s = state();
        Path saved = dir.resolve("saved");
        Path again = dir.resolve("again");
        Files.createDirectories(saved);
        Files.createDirectories(again);
        List<String> files = Exports.saveScenario(s, 160, 100, saved.resolve("brief.yaml"), OverlayFormat.KMZ);
        assertEquals(List.of("brief.png", "brief.kmz", "brief-coverage.csv"), files);
        Files.copy(saved.resolve("brief.yaml"), again.resolve("brief.yaml"));
        List<String> written = new ArrayList<>();
        Scenarios.run(again.resolve("brief.yaml"), written::add);
        assertEquals(3, written.size(), written.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(saved.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void anExtensionOfNoOverlayFormatIsRefusedAndNothingIsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exports.overlay(state(), dir.resolve("bands.shp")));
        assertTrue(e.getMessage().contains(".shp") && e.getMessage().contains(".gpkg"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("bands.shp")));
    }

    /** Each format's signature: JSON object, XML, ZIP, SQLite, FlatGeobuf magic, WKT header. */
    private static boolean startsAs(OverlayFormat f, byte[] b) {
        String head = new String(b, 0, Math.min(16, b.length), StandardCharsets.ISO_8859_1);
        return switch (f) {
            case GEOJSON -> head.startsWith("{");
            case KML -> head.startsWith("<?xml");
            case KMZ -> head.startsWith("PK");
            case GPKG -> head.startsWith("SQLite format 3");
            case FGB -> head.startsWith("fgb");
            case CSV -> head.toUpperCase(java.util.Locale.ROOT).startsWith("WKT");
        };
    }
}
