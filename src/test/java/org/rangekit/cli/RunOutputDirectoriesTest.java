package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which output directories {@code run} creates: those of paths relative to the scenario file (the
 * examples write to {@code ../maps} and {@code ../target/examples}), never those of an absolute
 * path. Regression: a scenario listing {@code /nonexistent/b.png} created {@code /nonexistent/} at
 * the file-system root and exited 0, while {@code map -o} refuses a missing directory.
 */
class RunOutputDirectoriesTest {

    @TempDir
    Path dir;

    @Test
    void absolutePathInAMissingDirectoryIsRefusedAndNothingIsWritten() throws IOException {
        Path missing = dir.resolve("nonexistent");
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500]
                map: {size: 200x150, dpi: 72}
                outputs:
                  maps: [a.png, %s]
                  geojson: a.geojson
                """.formatted(missing.resolve("b.png")));
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("does not exist"), r.stderr());
        assertFalse(Files.exists(missing), "the missing directory is not created");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the scenario: no partial outputs");
        }
    }

    @Test
    void relativePathsGetTheirDirectoriesCreatedAsTheExamplesNeed() throws IOException {
        Path examples = Files.createDirectories(dir.resolve("repo/examples"));
        Files.createDirectories(dir.resolve("repo/maps"));
        Path yaml = examples.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500]
                map: {size: 200x150, dpi: 72}
                outputs:
                  maps: [../maps/s.png]
                  geojson: ../target/examples/s.geojson
                """);
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.size(dir.resolve("repo/maps/s.png")) > 0);
        assertTrue(Files.size(dir.resolve("repo/target/examples/s.geojson")) > 0);
    }

    @Test
    void absolutePathInAnExistingDirectoryIsWritten() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500]
                outputs:
                  geojson: %s
                """.formatted(dir.resolve("abs.geojson")));
        assertEquals(0, Cli.run("run", yaml.toString()).exitCode());
        assertTrue(Files.exists(dir.resolve("abs.geojson")));
    }
}
