package org.rangekit.io.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.io.in.targets.GeoJsonTargetReader;
import org.rangekit.io.in.targets.TargetFormatException;
import org.rangekit.io.in.targets.TargetReader;
import org.rangekit.scenario.InvalidScenarioException;

/**
 * The documented size limits of the readers that hold a record in memory: one GeoJSON feature
 * ({@link GeoJsonTargetReader#MAX_FEATURE_BYTES}) and a scenario file
 * ({@link ScenarioReader#MAX_SCENARIO_BYTES}). Past them the input is bad, named with its line and
 * the limit, and is not read on (memory stays bounded); just below, it is read.
 */
class InputLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aGeoJsonFeatureOverSixteenMebibytesIsABadFileNamingItsIndexLineAndTheLimit() throws IOException {
        Path f = dir.resolve("big.geojson");
        writeFeatures(f, GeoJsonTargetReader.MAX_FEATURE_BYTES + 100_000);
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> readAll(f));
        assertEquals("big.geojson:4: feature 1 is larger than 16777216 bytes (16 MiB), the limit for one feature "
                + "of a target file", e.getMessage());
        writeFeatures(f, GeoJsonTargetReader.MAX_FEATURE_BYTES - 100_000);
        assertEquals(3, readAll(f));
    }

    @Test
    void membersBeforeTheFeaturesAreBoundedToo() throws IOException {
        Path f = dir.resolve("head.geojson");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write("{\"type\": \"FeatureCollection\",\n\"junk\": \"".getBytes(StandardCharsets.US_ASCII));
            o.write("x".repeat(GeoJsonTargetReader.MAX_FEATURE_BYTES).getBytes(StandardCharsets.US_ASCII));
            o.write("\", \"features\": []}".getBytes(StandardCharsets.US_ASCII));
        }
        TargetFormatException e = assertThrows(TargetFormatException.class, () -> readAll(f));
        assertEquals("head.geojson:2: more than 16777216 bytes (16 MiB) before the \"features\" array, the limit for "
                + "target files", e.getMessage());
    }

    /** Three point features; the second (line 4) carries a name of about {@code featureBytes} bytes. */
    private static void writeFeatures(Path f, int featureBytes) throws IOException {
        String point = "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [1, 2]}}";
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(("{\"type\": \"FeatureCollection\",\n\"features\": [\n" + point + ",\n"
                    + "{\"type\": \"Feature\", \"properties\": {\"name\": \"").getBytes(StandardCharsets.US_ASCII));
            o.write("n".repeat(featureBytes).getBytes(StandardCharsets.US_ASCII));
            o.write(("\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [3, 4]}},\n" + point + "\n]}\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static int readAll(Path f) throws IOException {
        int n = 0;
        try (TargetReader r = TargetReader.open(f, bad -> { throw new AssertionError(bad.message()); })) {
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aScenarioOverOneMebibyteIsRefusedWithoutReadingItWhole() throws IOException {
        String head = "sites: [kapustin-yar]\npreset: inf\noutputs: {maps: [a.png]}\n";
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, head + "#".repeat(ScenarioReader.MAX_SCENARIO_BYTES - head.length()));
        assertEquals(1, ScenarioReader.read(f).sites().size());
        Files.writeString(f, head + "#".repeat(ScenarioReader.MAX_SCENARIO_BYTES - head.length() + 1));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(f));
        assertEquals("scenario " + f + ": larger than 1048576 bytes (1 MiB), the limit for a scenario file",
                e.getMessage());
        // An endless stream is read no further than the limit.
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(zero));
            assertEquals("scenario /dev/zero: larger than 1048576 bytes (1 MiB), the limit for a scenario file",
                    e.getMessage());
        }
    }

    @Test
    void aScenarioThatIsNotUtf8IsNamedSo() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "sites: [kapustin-yar]\npreset: inf\nmap: {title: \u00c9vora}\noutputs: {maps: [a.png]}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(f));
        assertEquals("scenario " + f + ": not UTF-8 text (scenario files are UTF-8)", e.getMessage());
    }
}
