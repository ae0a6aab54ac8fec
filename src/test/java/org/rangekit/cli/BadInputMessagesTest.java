package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad-input messages name the actual problem and quote the value as typed. Each case pins a
 * message that misnamed it: {@code --range 1e400} "must be > 0" (it is infinite),
 * {@code --tolerance 0} "unit missing" (it is 0), {@code --dpi 0} echoed as '0.0', and a
 * scenario's {@code size: 0x10} reported as '16' (YAML's hex reading).
 */
class BadInputMessagesTest {

    @TempDir
    Path dir;

    @Test
    void infiniteRangeSaysFinite() {
        String line = badInput("rings", "--site", "kapustin-yar", "--range", "1e400", "-o", "-");
        assertTrue(line.contains("--range '1e400'") && line.contains("not a finite number"), line);
        String zero = badInput("rings", "--site", "kapustin-yar", "--range", "0", "-o", "-");
        assertTrue(zero.contains("must be > 0"), zero);
    }

    @Test
    void zeroToleranceSaysPositiveNotUnit() {
        String line = badInput("rings", "--site", "kapustin-yar", "--range", "500", "--tolerance", "0", "-o", "-");
        assertTrue(line.contains("--tolerance '0'") && line.contains("must be > 0"), line);
        assertFalse(line.contains("unit missing"), line);
        String infinite = badInput("rings", "--site", "kapustin-yar", "--range", "500", "--tolerance", "1e999m",
                "-o", "-");
        assertTrue(infinite.contains("not a finite number"), infinite);
        String bare = badInput("rings", "--site", "kapustin-yar", "--range", "500", "--tolerance", "50", "-o", "-");
        assertTrue(bare.contains("unit missing"), bare);
    }

    @Test
    void dpiEchoesTheTypedValue() {
        Path out = dir.resolve("m.png");
        String line = badInput("map", "--site", "kapustin-yar", "--range", "500", "--dpi", "0", "-o", out.toString());
        assertTrue(line.contains("--dpi '0'") && line.contains("between 10 and 2400"), line);
        String word = badInput("map", "--site", "kapustin-yar", "--range", "500", "--dpi", "lots", "-o", out.toString());
        assertTrue(word.contains("--dpi 'lots'") && word.contains("not a number"), word);
        assertFalse(Files.exists(out));
    }

    @Test
    void scenarioSizeIsReadAsWrittenWithItsLine() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500]
                map:
                  size: 0x10
                  dpi: 0
                outputs:
                  maps: [s.png]
                """);
        String line = badInput("run", yaml.toString());
        assertTrue(line.contains("line 4") && line.contains("map.size '0x10'"), line);
        Files.writeString(yaml, """
                sites: [kapustin-yar]
                ranges: [500]
                map:
                  size: 400x300
                  dpi: 0x20
                outputs:
                  maps: [s.png]
                """);
        String dpi = badInput("run", yaml.toString());
        assertTrue(dpi.contains("line 5") && dpi.contains("map.dpi '0x20'"), dpi);
        assertFalse(Files.exists(dir.resolve("s.png")));
    }

    @Test
    void scenarioAliasesAndDuplicateKeysAreBadInputNotSilentlyMisread() throws IOException {
        // Regression (issue 8 item 9): the map was titled "t", the anchor's name, and the second
        // preset silently replaced the first.
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "name: &t The title\nsites: [kapustin-yar]\nranges: [500]\nmap: {title: *t}\n"
                + "outputs: {maps: [s.png]}\n");
        assertEquals("rangekit run: scenario " + yaml + " line 4: YAML alias '*t' is not supported; write the value "
                + "out in full", badInput("run", yaml.toString()));
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\nranges: [480]\noutputs: {maps: [s.png]}\n");
        assertEquals("rangekit run: scenario " + yaml + " line 3: key 'ranges' is given twice; give each key once",
                badInput("run", yaml.toString()));
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [500]\noutptus: {maps: [s.png]}\n");
        assertTrue(badInput("run", yaml.toString()).endsWith("; did you mean 'outputs'?"));
        assertFalse(Files.exists(dir.resolve("s.png")));
    }

    private static String badInput(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        return r.stderrLines().get(0);
    }
}
