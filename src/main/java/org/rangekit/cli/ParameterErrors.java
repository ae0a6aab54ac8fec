package org.rangekit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rangekit.text.EditDistance;
import org.rangekit.text.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one place where picocli's parse errors become rangekit's one-line messages: the option
 * and the value as typed ({@link Quote}), what was expected, and a suggestion for a misspelt
 * command or option; never picocli's internal notation ({@code (--range=KM | --preset=NAME)={...}}).
 * {@link Main} prints {@code rangekit CMD: MESSAGE (see 'rangekit CMD --help')}.
 */
final class ParameterErrors {

    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?", Pattern.DOTALL);
    private static final Pattern INVALID_VALUE =
            Pattern.compile("Invalid value for (?:option|positional parameter) '([^']*)': '(.*)' is not an? (\\w+)",
                    Pattern.DOTALL);

    private ParameterErrors() {
    }

    /**
     * The message for a parse error of {@code ex.getCommandLine()}.
     *
     * @param ex picocli's exception
     * @param argv the whole command line as typed
     */
    static String message(ParameterException ex, String[] argv) {
        CommandLine where = ex.getCommandLine();
        CommandSpec spec = where.getCommandSpec();
        List<String> unmatched = where.getUnmatchedArguments();
        String msg = ex.getMessage() == null ? "" : ex.getMessage();
        Matcher sub = UNKNOWN_SUBCOMMAND.matcher(msg);
        if (sub.matches()) {
            return unknownCommand(spec.parent() == null ? spec : spec.parent(), sub.group(1));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException || !unmatched.isEmpty()) {
            // picocli checks required options before unknown ones; a misspelt option is the likelier story.
            return unmatched.isEmpty() ? oneLine(msg) : unmatched(spec, unmatched.get(0));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " given twice; give it once";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException
                || ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            String group = exclusiveGroup(spec, argv);
            if (group != null) {
                return group;
            }
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return missing(spec, m.getMissing(), msg);
        }
        Matcher invalid = INVALID_VALUE.matcher(msg);
        if (invalid.matches()) {
            String type = invalid.group(3);
            String what = type.equals("boolean") ? "takes no value" : "expected " + article(type) + " " + type;
            return invalid.group(1) + " " + Quote.of(invalid.group(2)) + ": " + what;
        }
        return oneLine(msg.replaceFirst("^Error: ", ""));
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** {@code unknown command 'ring'; did you mean rings?} */
    static String unknownCommand(CommandSpec top, String typed) {
        List<String> names = top.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        List<String> close = closest(typed, names);
        return "unknown command " + Quote.of(typed) + (close.isEmpty()
                ? "; expected one of " + String.join(", ", names)
                : "; did you mean " + String.join(" or ", close) + "?");
    }

    private static String unmatched(CommandSpec spec, String arg) {
        if (!arg.startsWith("-") && spec.parent() == null && !spec.subcommands().isEmpty()) {
            return unknownCommand(spec, arg);
        }
        if (!arg.startsWith("-") || arg.equals("-")) {
            return "unexpected argument " + Quote.of(arg) + "; options take the form --name VALUE";
        }
        String opt = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            for (String n : o.names()) {
                names.add(n);
            }
        }
        List<String> close = closest(opt, names.stream().filter(n -> n.startsWith("--")).toList());
        return "unknown option " + Quote.of(opt) + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?");
    }

    /** Names within two edits of {@code typed}, or of which it is a prefix (at most three). */
    static List<String> closest(String typed, List<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String m = n.toLowerCase(Locale.ROOT);
            boolean prefix = t.length() >= 2 && (m.startsWith(t) || t.startsWith(m)) && !m.equals("--") && !t.equals("--");
            if (prefix || EditDistance.between(t, m) <= Math.min(2, Math.max(1, m.length() / 3))) {
                out.add(n);
            }
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    /**
     * For an exclusive group ({@code --range | --preset}) given more than once: which options of
     * it the command line names, and how often.
     */
    private static String exclusiveGroup(CommandSpec spec, String[] argv) {
        for (ArgGroupSpec g : spec.argGroups()) {
            if (!g.exclusive()) {
                continue;
            }
            Map<String, Integer> given = new LinkedHashMap<>();
            for (ArgSpec a : g.args()) {
                if (a instanceof OptionSpec o) {
                    int n = occurrences(o, argv);
                    if (n > 0) {
                        given.put(o.longestName(), n);
                    }
                }
            }
            String alternatives = String.join(" or ", g.args().stream().filter(a -> a instanceof OptionSpec)
                    .map(a -> ((OptionSpec) a).longestName()).toList());
            if (given.size() > 1) {
                return String.join(" and ", given.keySet()) + " exclude each other; give one of " + alternatives;
            }
            if (given.size() == 1 && given.values().iterator().next() > 1) {
                return given.keySet().iterator().next() + " given " + given.values().iterator().next()
                        + " times; give one of " + alternatives + ", once";
            }
        }
        return null;
    }

    private static int occurrences(OptionSpec o, String[] argv) {
        int n = 0;
        for (String a : argv) {
            for (String name : o.names()) {
                if (a.equals(name) || a.startsWith(name + "=")) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String missing(CommandSpec spec, List<ArgSpec> missing, String msg) {
        if (msg.startsWith("Missing required parameter for option") && !missing.isEmpty()
                && missing.get(0) instanceof OptionSpec o) {
            return name(o) + ": missing its value; expected " + o.paramLabel();
        }
        List<String> opts = new ArrayList<>();
        for (ArgSpec a : missing) {
            opts.add(a instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : a.paramLabel());
        }
        boolean group = missing.size() > 1 && missing.get(0).group() != null
                && missing.stream().allMatch(a -> a.group() == missing.get(0).group()) && missing.get(0).group().exclusive();
        if (opts.isEmpty()) {
            return oneLine(msg.replaceFirst("^Error: ", ""));
        }
        if (group) {
            return "missing " + String.join(" or ", opts);
        }
        return "missing " + String.join(" and ", opts);
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
