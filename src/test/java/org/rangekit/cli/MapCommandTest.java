package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.Slow;

/** The {@code map} and {@code run} commands: outputs, determinism and bad input. */
class MapCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesPngSvgAndPdf() throws IOException {
        for (String ext : new String[] {"png", "svg", "pdf"}) {
            Path out = dir.resolve("m." + ext);
            Cli.Result r = Cli.run("map", "--site", "kapustin-yar", "--range", "480,500", "--size", "800x600",
                    "--dpi", "72", "-o", out.toString());
            assertEquals(0, r.exitCode(), r::toString);
            byte[] b = Files.readAllBytes(out);
            String head = new String(b, 0, 5, StandardCharsets.ISO_8859_1);
            switch (ext) {
                case "png" -> assertEquals("\u0089PNG\r", head);
                case "svg" -> assertTrue(new String(b, StandardCharsets.UTF_8).contains("<svg"), "svg element");
                default -> assertEquals("%PDF-", head);
            }
        }
        String svg = Files.readString(dir.resolve("m.svg"));
        assertTrue(svg.contains("500 km — INF lower limit"), "ring label in the SVG");
        assertTrue(svg.contains("Natural Earth; GeoNames"), "attribution in the SVG");
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown projection | --projection=gnomonic | --projection 'gnomonic'",
        "size zero          | --size=0x300          | --size '0x300'",
        "size not a size    | --size=big            | --size 'big'",
        "size too large     | --size=20000x20000    | megapixels",
        "dpi out of range   | --dpi=0               | --dpi",
        "bad extension      | -o=OUT.gif            | -o",
        "unknown targets    | --targets=villages    | --targets 'villages'",
    })
    void badInputExits2WithOneLineAndNoFile(String what, String option, String expected) throws IOException {
        String opt = option.replace("OUT", dir.resolve("x").toString());
        boolean replacesOutput = opt.startsWith("-o=");
        Path out = dir.resolve("out.png");
        String[] args = replacesOutput
                ? new String[] {"map", "--site", "kapustin-yar", "--preset", "inf", opt}
                : new String[] {"map", "--site", "kapustin-yar", "--preset", "inf", opt, "-o", out.toString()};
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().contains(expected), r::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file left behind");
        }
    }

    @Test
    void unwritablePathExits2() {
        Cli.Result r = Cli.run("map", "--site", "kapustin-yar", "--preset", "inf", "-o",
                dir.resolve("no/such/dir/m.png").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
    }

    @Test
    void scenarioOutputsAreTheCommandsBytes() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [480, 500]
                map: {projection: aeqd, size: 400x300, dpi: 72, extent_km: 700}
                outputs:
                  maps: [out/s.png, {file: out/s-globe.svg, projection: ortho}]
                  geojson: out/s.geojson
                """);
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(0, r.exitCode(), r::toString);
        // The runner and the commands are two paths to the same library calls: same bytes.
        String[] map = {"map", "--site", "kapustin-yar", "--range", "480,500", "--size", "400x300", "--dpi", "72",
            "--extent", "700", "-o"};
        Path png = dir.resolve("m.png");
        assertEquals(0, Cli.run(concat(map, png.toString())).exitCode());
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(dir.resolve("out/s.png")));
        Path svg = dir.resolve("m.svg");
        String[] globe = concat(concat(concat(java.util.Arrays.copyOf(map, map.length - 1), "--projection"), "ortho"),
                "-o");
        assertEquals(0, Cli.run(concat(globe, svg.toString())).exitCode());
        assertArrayEquals(Files.readAllBytes(svg), Files.readAllBytes(dir.resolve("out/s-globe.svg")));
        Cli.Result rings = Cli.run("rings", "--site", "kapustin-yar", "--range", "480,500", "--bands");
        assertEquals(0, rings.exitCode(), rings::toString);
        assertArrayEquals(rings.stdoutBytes(), Files.readAllBytes(dir.resolve("out/s.geojson")));
    }

    @Test
    @Slow
    void scenarioWritesTheCoverageReportOfTheCoverageCommand() throws IOException {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                preset: inf
                outputs:
                  coverage: {file: out/c.csv, targets: capitals}
                """);
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(0, r.exitCode(), r::toString);
        Cli.Result direct = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--summary", "--format", "csv", "--quiet", "-o", "-");
        assertEquals(0, direct.exitCode(), direct::toString);
        assertArrayEquals(direct.stdoutBytes(), Files.readAllBytes(dir.resolve("out/c.csv")),
                "same bytes as 'rangekit coverage --summary'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad coverage targets | sites: [kapustin-yar]\\npreset: inf\\noutputs:\\n  coverage:\\n    file: c.md\\n    targets: villages | line 6",
        "unknown key         | sites: [kapustin-yar]\\npreset: inf\\nmapp: {}\\noutputs: {maps: [m.png]} | line 3",
        "unknown projection  | sites: [kapustin-yar]\\npreset: inf\\nmap:\\n  projection: gnomonic\\noutputs: {maps: [m.png]} | line 4",
        "unknown site        | sites:\\n  - kapustin-yar\\n  - atlantis\\npreset: inf\\noutputs: {maps: [m.png]} | line 3",
        "bad yaml            | sites: [kapustin-yar\\npreset: inf | line 2",
        "bad output name     | sites: [kapustin-yar]\\npreset: inf\\noutputs:\\n  maps: [m.gif] | line 4",
        "no ranges           | sites: [kapustin-yar]\\noutputs: {maps: [m.png]} | preset",
    })
    void malformedScenarioNamesTheLine(String what, String yaml, String expected) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));
        Cli.Result r = Cli.run("run", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().contains(expected), r::toString);
        assertFalse(Files.exists(dir.resolve("m.png")), "no output");
    }
}
