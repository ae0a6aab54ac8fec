/**
 * What a scenario asks for, as plain records: launch sites, ranges or a preset, the Earth model,
 * the places to mark, map settings and the outputs to write ({@link org.rangekit.scenario.Scenario}).
 *
 * <p>A scenario is built by the command line from its flags, read from a YAML file by
 * {@code org.rangekit.io.in.ScenarioReader}, or made by hand; {@code org.rangekit.api.Scenarios}
 * runs it. Every record checks its values on construction; the text grammars shared by the
 * command line and the YAML file (map size, resolution, basemap scale, extent, projection name)
 * are here, written once. Core package: no I/O, rendering or command-line code.
 */
package org.rangekit.scenario;
