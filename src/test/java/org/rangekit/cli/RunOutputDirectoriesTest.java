package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which output directories {@code run} creates: those of paths relative to the scenario file (the
 * examples write to {@code ../maps} and {@code ../target/examples}), never those of an absolute
 * path. Regression: a scenario listing {@code /nonexistent/b.png} created {@code /nonexistent/} at
 * the file-system root and exited 0, while {@code map -o} refuses a missing directory.
 *
 * <p>And where {@code run} may write at all (issue 8 item 6): inside the scenario's folder unless
 * {@code --root} names another directory; never two outputs to one file; each output's extension
 * matching its kind. Every refusal is exit 2, one line on stderr, before anything is written.
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
    void relativePathsGetTheirDirectoriesCreatedAsTheExamplesNeedUnderTheRootNamed() throws IOException {
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
        Cli.Result refused = Cli.run("run", yaml.toString());
        assertEquals(2, refused.exitCode(), "../maps is outside the scenario's folder without --root");
        Cli.Result r = Cli.run("run", "--root", dir.resolve("repo").toString(), yaml.toString());
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
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "up and out        | geojson: ../../../tmp/x.geojson         | outside the output root",
        "absolute          | geojson: /etc/x.geojson                  | outside the output root",
        "map and geojson   | maps: [a.png]\\n  geojson: a.png           | the geojson output needs a file ending in .geojson",
        "same map twice    | maps: [a.png, ./a.png]                   | the same file as outputs.maps[0]",
        "json twice        | geojson: a.json\\n  coverage: a.json        | the same file as outputs.geojson",
        "report extension  | coverage: a.geojson                      | the coverage report needs a file ending in .md",
        "map extension     | maps: [a.geojson]                        | map file must end in .png, .svg or .pdf",
    })
    void unsafeOutputsAreRefusedBeforeAnythingIsWritten(String what, String outputs, String expected)
            throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path yaml = project.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\nmap: {size: 200x150, dpi: 72}\noutputs:\n  "
                + outputs.replace("\\n", "\n") + "\n");
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().startsWith("rangekit run: ") && r.stderr().contains(expected), r.stderr());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(dir, project, yaml), files.sorted().toList(), "nothing written");
        }
    }

    @Test
    void rootMustBeADirectory() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\noutputs: {geojson: a.geojson}\n");
        Cli.Result r = Cli.run("run", "--root", dir.resolve("nope").toString(), yaml.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of("rangekit run: --root '" + dir.resolve("nope") + "': not a directory"), r.stderrLines());
        assertFalse(Files.exists(dir.resolve("a.geojson")));
    }
}
