package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets from FlatGeobuf: the points {@code coverage --features x.fgb} writes read back by
 * {@code --targets x.fgb} give the same report rows (name, country, position, site, distance, band)
 * as the set they came from; a FlatGeobuf of polygons is refused in one line.
 */
class FgbTargetsTest {

    @TempDir
    Path dir;

    private static List<String> rows(String csv) {
        return Arrays.stream(csv.split("\n")).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .map(c -> String.join(",", c[0], c[1], c[2], c[3], c[4], c[5], c[6])).sorted().toList();
    }

    @Test
    void featuresWrittenAsFlatGeobufReadBackAsTheSameTargets() throws IOException {
        Path fgb = dir.resolve("caps.fgb");
        Cli.Result w = Cli.run("coverage", "--site", "deveselu", "--range", "3000", "--targets", "capitals",
                "-o", dir.resolve("first.csv").toString(), "--features", fgb.toString());
        assertEquals(0, w.exitCode(), w.toString());
        Cli.Result a = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500,3000", "--targets", "capitals",
                "--format", "csv", "-o", "-");
        Cli.Result b = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500,3000", "--targets", fgb.toString(),
                "--format", "csv", "-o", "-");
        assertEquals(0, b.exitCode(), b.toString());
        assertEquals(rows(a.stdout()), rows(b.stdout()));
        assertTrue(rows(b.stdout()).size() > 200, "every capital");
    }

    @Test
    void aFlatGeobufOfPolygonsIsRefusedInOneLine() throws IOException {
        Path fgb = dir.resolve("bands.fgb");
        assertEquals(0, Cli.run("rings", "--site", "kapustin-yar", "--range", "500", "-o", fgb.toString()).exitCode());
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", fgb.toString(),
                "-o", dir.resolve("x.csv").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("bands.fgb"), r.stderr());
        assertTrue(Files.notExists(dir.resolve("x.csv")));
    }
}
