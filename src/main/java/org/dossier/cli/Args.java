package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments, read by hand against what the command takes ({@link Spec}): options as {@code --name value}
 * or {@code --name=value}, flags as {@code --name}, at most one parameter, {@code -h}/{@code --help} and
 * {@code -V}/{@code --version}. Anything else is a {@link Usage} problem (exit 2). A library for this (picocli) took a
 * new process ~170 ms to set up: half of a build with nothing to do.
 */
final class Args {

    /** An option: a flag when {@code label} is null, else it takes a value shown as {@code label} in the help. */
    record Option(String name, String label, String help) {
    }

    /** What a command takes: its name, what it does, its options and its parameter ({@code param} null: none). */
    record Spec(String name, String description, List<Option> options, String param, String paramHelp) {
    }

    /** Arguments the command does not take, or a parameter that is no good: printed with the usage, exit 2. */
    static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private String param;

    private Args() {
    }

    static Args parse(Spec spec, List<String> args) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                a.flags.add(arg.length() == 2 ? (arg.equals("-h") ? "--help" : "--version") : arg);
                continue;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (spec.param() == null || a.param != null) throw new Usage("Unmatched argument: '" + arg + "'");
                a.param = arg;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option o = spec.options().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new Usage("Unknown option: '" + arg + "'"));
            if (o.label() == null) {
                if (eq >= 0) throw new Usage("Option '" + name + "' takes no value: '" + arg + "'");
                a.flags.add(name);
            } else if (eq >= 0) {
                a.values.put(name, arg.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                a.values.put(name, args.get(++i));
            } else {
                throw new Usage("Missing value for option '" + name + "=" + o.label() + "'");
            }
        }
        if (spec.param() != null && a.param == null && !a.flag("--help") && !a.flag("--version")) {
            throw new Usage("Missing required parameter: '" + spec.param() + "'");
        }
        return a;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        return values.get(name);
    }

    Path path(String name, Path otherwise) {
        String v = values.get(name);
        return v == null ? otherwise : Path.of(v);
    }

    int number(String name, int otherwise) {
        String v = values.get(name);
        if (v == null) return otherwise;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Usage("Invalid value for option '" + name + "': '" + v + "' is not a whole number");
        }
    }

    String param() {
        return param;
    }

    /** The help of a command: its usage line, what it does, its parameter and options. */
    static String help(Spec spec) {
        StringBuilder usage = new StringBuilder("Usage: dossier " + spec.name() + " [-hV]");
        List<String[]> rows = new ArrayList<>();
        if (spec.param() != null) {
            usage.append(' ').append(spec.param());
            rows.add(new String[]{spec.param(), spec.paramHelp()});
        }
        for (Option o : spec.options()) {
            String shown = o.label() == null ? o.name() : o.name() + "=" + o.label();
            usage.append(" [").append(shown).append(']');
            rows.add(new String[]{shown, o.help()});
        }
        rows.add(new String[]{"-h, --help", "Show this help message and exit."});
        rows.add(new String[]{"-V, --version", "Print version information and exit."});
        StringBuilder out = new StringBuilder();
        wrap(usage.toString(), "Usage: dossier ".length() + spec.name().length() + 1, out);
        wrap(spec.description(), 0, out);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 4;
        for (String[] r : rows) wrap("  " + r[0] + " ".repeat(width - 2 - r[0].length()) + r[1], width, out);
        return out.toString();
    }

    /** {@code text} in lines of at most 80 characters, broken at spaces, the lines after the first indented. */
    static void wrap(String text, int indent, StringBuilder out) {
        int start = 0;
        String pad = "";
        while (text.length() - start > 80 - pad.length()) {
            int cut = text.lastIndexOf(' ', start + 80 - pad.length());
            if (cut <= start) cut = text.indexOf(' ', start + 80 - pad.length());
            if (cut < 0) break;
            out.append(pad).append(text, start, cut).append('\n');
            start = cut + 1;
            pad = " ".repeat(indent);
        }
        out.append(pad).append(text, start, text.length()).append('\n');
    }
}
