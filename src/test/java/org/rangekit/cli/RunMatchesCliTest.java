package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scenario with {@code sites_file}, {@code interval}/{@code count} or {@code min_range}/{@code max_range}
 * writes, through {@code run}, the same bytes as the equivalent {@code rings --bands} call; and a bad
 * value is refused by both with the same words (the option's name in place of the key's).
 */
class RunMatchesCliTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void sitesFile() {
        Cli.Result r = Cli.run("sites", "--site", "kapustin-yar", "--site", "petropavlovsk-kamchatsky", "-o",
                dir.resolve("two.geojson").toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            'sites_file: two.geojson\\ninterval: 500km\\ncount: 11'          | --sites-file two.geojson --interval 500km --count 11           | kml
            'sites: [deveselu]\\nsites_file: two.geojson\\ninterval: 300mi\\ncount: 3' | --site deveselu --sites-file two.geojson --interval 300mi --count 3 | geojson
            'sites: [kapustin-yar]\\nmin_range: 50km\\nmax_range: 400km'     | --site kapustin-yar --min-range 50km --max-range 400km         | csv
            'sites_file: two.geojson\\nmax_range: 2000nmi'                   | --sites-file two.geojson --max-range 2000nmi                   | kmz
            """)
    void runWritesTheBytesOfTheEquivalentCall(String keys, String cliArgs, String ext) throws IOException {
        String name = "s" + Math.abs(keys.hashCode());
        Path yaml = dir.resolve(name + ".yaml");
        Files.writeString(yaml, keys.replace("\\n", "\n") + "\noutputs: {geojson: " + name + "-run." + ext + "}\n");
        Cli.Result run = Cli.run("run", yaml.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> args = new ArrayList<>(List.of("rings"));
        for (String a : cliArgs.strip().split(" +")) {
            args.add(a.endsWith(".geojson") ? dir.resolve(a).toString() : a);
        }
        args.addAll(List.of("--bands", "-o", dir.resolve(name + "-cli." + ext).toString()));
        Cli.Result cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve(name + "-cli." + ext)),
                Files.readAllBytes(dir.resolve(name + "-run." + ext)), "run " + keys + " vs rings " + cliArgs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'interval: 5km\\ncount: 500'         | --interval 5km --count 500
            'interval: 5km\\ncount: 0.5'         | --interval 5km --count 0.5
            'interval: 0km\\ncount: 5'           | --interval 0km --count 5
            'min_range: 600km\\nmax_range: 500km' | --min-range 600km --max-range 500km
            'min_range: 5furlong\\nmax_range: 500km' | --min-range 5furlong --max-range 500km
            """)
    void badValuesAreRefusedInTheSameWords(String keys, String cliArgs) throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\n" + keys.replace("\\n", "\n") + "\noutputs: {geojson: bad.kml}\n");
        Cli.Result run = Cli.run("run", yaml.toString());
        List<String> args = new ArrayList<>(List.of("rings", "--site", "kapustin-yar"));
        args.addAll(Arrays.asList(cliArgs.split(" ")));
        Cli.Result cli = Cli.run(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(2, cli.exitCode(), cli.toString());
        String fromRun = run.stderr().strip().replaceFirst("^rangekit run: scenario \\S+ line \\d+: ", "");
        String fromCli = cli.stderr().strip().replaceFirst("^rangekit rings: ", "")
                .replace("--min-range", "min_range").replace("--max-range", "max_range")
                .replace("--interval", "interval").replace("--count", "count");
        assertEquals(fromCli, fromRun);
    }
}
