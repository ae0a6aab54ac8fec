package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "rings", "distance", "sites"})
    void helpEverywhere(String command) {
        Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().startsWith("Usage: rangekit" + (command.isEmpty() ? "" : " " + command)), r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("rangekit "), r.stdout());
    }

    @Test
    void sitesTable() {
        Cli.Result r = Cli.run("sites");
        assertEquals(0, r.exitCode(), r.toString());
        String[] lines = r.stdout().split("\n");
        assertTrue(lines[0].matches("id\\s+name\\s+lat\\s+lon\\s+uncertainty_km\\s+source"), lines[0]);
        assertTrue(r.stdout().contains("kapustin-yar"));
        assertTrue(r.stdout().contains("Redzikowo (Słupsk)"), "UTF-8 names survive");
    }

    @Test
    void negativeLatitudeIsAValueNotAnOption() {
        Cli.Result r = Cli.run("distance", "--from", "-77.85,166.67", "--to", "-77.85,166.67");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("distance_km:  0.000"), r.stdout());
    }
}
