/**
 * The {@code rangekit} command line (picocli): {@link org.rangekit.cli.Main} and its subcommands.
 *
 * <p>Commands only parse and check options, then delegate to the core packages and the writers in
 * {@code org.rangekit.io}; they hold no geometry or geodesy of their own. Every input the user can
 * fix is checked before any work is done and reported as a {@link org.rangekit.cli.BadInputException}
 * (exit code 2, one line on stderr naming the value, no output file left behind).
 */
package org.rangekit.cli;
