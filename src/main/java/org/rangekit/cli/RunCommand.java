package org.rangekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rangekit.api.Scenarios;
import org.rangekit.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit run FILE.yaml}: produces every output a scenario file lists (maps, GeoJSON, a coverage
 * report) through {@link Scenarios}.
 * All outputs are computed before any is written, each written atomically; the same file gives the
 * same bytes every time.
 *
 * <p>Output directories: a path written relative to the scenario file ({@code out/a.png},
 * {@code ../maps/a.png}, {@code ../target/examples/a.svg}) belongs to the scenario's project, and
 * its missing directories are created. An absolute path is the user's own place and must name an
 * existing directory, as {@code map -o} requires: {@code /nonexistent/b.png} is refused (exit 2)
 * before anything is computed or written, rather than creating {@code /nonexistent}.
 *
 * <p>Confinement: every output stays inside the scenario file's folder (symbolic links followed),
 * unless {@code --root DIR} names another directory, inside which outputs may then be anywhere
 * (the gallery's scenarios write to {@code ../maps}, so {@code scripts/gallery} names the
 * repository). Two outputs naming the same file are refused. Both are checked by
 * {@link Scenarios#run(Scenario, Path, Path, java.util.function.Consumer)}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Produce all outputs of a scenario file (YAML): maps (PNG/SVG/PDF), GeoJSON bands and a "
                + "coverage report (as the coverage command writes it). "
                + "Output paths are relative to the scenario file; missing directories are created for those, "
                + "while an absolute path must name an existing directory. Every output must lie inside the "
                + "scenario file's folder unless --root names another directory (the examples write to "
                + "../maps, so name the repository); two outputs may not name the same file.",
        footer = {"", "Example:", "  rangekit run --root . examples/inf-kapustin-yar.yaml"})
final class RunCommand implements Runnable {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "Scenario file.")
    String file;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Directory the outputs must lie in (default: the scenario file's folder).")
    Path root;

    @Override
    public void run() {
        Path path = Path.of(file);
        if (root != null && !Files.isDirectory(root)) {
            throw BadInputException.of("--root", root.toString(), "not a directory");
        }
        Scenario s = Scenarios.load(path);
        Path dir = path.toAbsolutePath().getParent();
        try {
            Scenarios.run(s, dir, root == null ? dir : root, target -> main.stdout().println("wrote " + target));
        } catch (IOException e) {
            throw Options.writeFailure("outputs", file, e);
        }
        main.stdout().flush();
    }
}
