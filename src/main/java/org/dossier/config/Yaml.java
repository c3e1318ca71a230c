package org.dossier.config;

import org.dossier.problems.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-data YAML: maps, lists, strings, numbers, booleans — never Java objects. Uses SnakeYAML's composer only
 * (no constructor runs), with limits on aliases, nesting and size. Keeps the line of every top-level key so that
 * later checks can point at it.
 */
public final class Yaml {

    /**
     * A parsed document: plain data, the 1-based line of each top-level key, or the problem that stopped it.
     * {@code pathLines} has the line of every key in nested mappings too (not inside lists), by its path of keys:
     * {@code [fields, icon]} for {@code icon} under {@code fields}.
     */
    public record Doc(Object data, Map<String, Integer> keyLines, Problem problem, Map<List<String>, Integer> pathLines) {
        public Doc(Object data, Map<String, Integer> keyLines, Problem problem) {
            this(data, keyLines, problem, Map.of());
        }

        public Map<String, Object> map() {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = data instanceof Map<?, ?> ? (Map<String, Object>) data : Map.of();
            return m;
        }

        public int line(String key) {
            return keyLines.getOrDefault(key, 0);
        }

        /** The line of {@code key} inside the top-level mapping {@code parent}, else the line of {@code parent}. */
        public int line(String parent, String key) {
            return pathLines.getOrDefault(List.of(parent, key), line(parent));
        }

        /** The line of the key at {@code path}, else of its nearest enclosing key that has one; 0 when none. */
        public int lineOf(String... path) {
            for (int n = path.length; n > 0; n--) {
                Integer line = pathLines.get(List.of(path).subList(0, n));
                if (line != null) return line;
            }
            return 0;
        }
    }

    /** How deep lists and mappings may nest: deeper is not data a site needs (and could exhaust the stack). */
    public static final int MAX_DEPTH = 40;

    private Yaml() {
    }

    /**
     * Reads and parses a YAML file of the site folder {@code root} (see {@link SiteFiles}: no link leading out of the
     * site, size limit); null, with the reason reported, when it cannot be read or parsed.
     */
    public static Doc read(java.nio.file.Path root, java.nio.file.Path path, org.dossier.problems.Problems problems) {
        String text = SiteFiles.readText(root, path, problems);
        if (text == null) return null;
        Doc doc = parse(text, SiteFiles.display(root, path), 1);
        if (doc.problem() != null) {
            problems.add(doc.problem());
            return null;
        }
        return doc;
    }

    /** Reads and parses a YAML file; null, with the reason reported, when it cannot be read or parsed. */
    public static Doc read(java.nio.file.Path path, String file, org.dossier.problems.Problems problems) {
        String text;
        try {
            text = TextFiles.read(path, file, problems);
        } catch (java.io.IOException e) {
            problems.error(file, 0, 0, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
            return null;
        }
        if (text == null) return null;
        Doc doc = parse(text, file, 1);
        if (doc.problem() != null) {
            problems.add(doc.problem());
            return null;
        }
        return doc;
    }

    /**
     * Parses {@code text}. {@code firstLine} is the file line the text starts on (front matter starts on line 2),
     * so that lines in problems are lines of the file.
     */
    public static Doc parse(String text, String file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(8 * 1024 * 1024);
        try {
            // SnakeYAML's composer alone: a Yaml object would also set up a constructor and a representer, never
            // used here, for every page's front matter (a quarter of the time spent parsing it)
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
                    options).getSingleNode();
            if (root == null) return new Doc(Map.of(), Map.of(), null);
            Map<String, Integer> lines = new LinkedHashMap<>();
            if (root instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                    lines.put(k.getValue(), k.getStartMark().getLine() + firstLine);
                }
            }
            Map<List<String>, Integer> paths = new LinkedHashMap<>();
            pathLines(root, List.of(), firstLine, paths);
            return new Doc(toData(root, 0, firstLine), Collections.unmodifiableMap(lines), null, Collections.unmodifiableMap(paths));
        } catch (Invalid e) {
            Mark mark = e.mark;
            return new Doc(Map.of(), Map.of(), Problem.error(file, mark == null ? firstLine : mark.getLine() + firstLine,
                    mark == null ? 0 : mark.getColumn() + 1, e.getMessage(), e.hint));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            String what = e.getProblem() == null ? "the YAML cannot be read" : e.getProblem();
            return new Doc(Map.of(), Map.of(), Problem.error(file, line, col, "broken YAML: " + what,
                    "check the indentation and quote values that contain ': ' or start with a special character"));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) { // a character YAML does not allow
            int at = Math.min(text.length(), text.offsetByCodePoints(0, Math.min(e.getPosition(),
                    text.codePointCount(0, text.length()))));
            int line = firstLine + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            int col = at - text.lastIndexOf('\n', at - 1);
            return new Doc(Map.of(), Map.of(), Problem.error(file, line, col, "broken YAML: the text holds the"
                    + " control character " + String.format("U+%04X", e.getCodePoint()) + ", which YAML does not allow",
                    "delete it (most editors do not show it)"));
        } catch (YAMLException e) {
            return new Doc(Map.of(), Map.of(), limit(e.getMessage(), file, firstLine));
        }
    }

    /** SnakeYAML's limits, in words: nesting, size, aliases. */
    private static Problem limit(String message, String file, int line) {
        String m = message == null ? "" : message;
        if (m.contains("Nesting Depth")) {
            return Problem.error(file, line, 0, "the YAML is nested more than " + MAX_DEPTH + " levels deep",
                    "flatten it: no site needs lists or mappings nested that deep");
        }
        if (m.contains("code points")) {
            return Problem.error(file, line, 0, "the YAML is too big (more than 8 MB)", "split it into smaller files");
        }
        if (m.contains("aliases")) {
            return Problem.error(file, line, 0, "the YAML repeats lists or mappings through aliases (*name) more"
                    + " than 20 times", "write the values out instead of using aliases");
        }
        return Problem.error(file, line, 0, "broken YAML: " + m, "check the indentation and quoting");
    }

    /** Records the line of every key of nested mappings, a few levels deep, by its path. */
    private static void pathLines(Node node, List<String> path, int firstLine, Map<List<String>, Integer> out) {
        if (!(node instanceof MappingNode m) || path.size() >= 4) return;
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
            List<String> p = new ArrayList<>(path);
            p.add(k.getValue());
            out.putIfAbsent(List.copyOf(p), k.getStartMark().getLine() + firstLine);
            pathLines(t.getValueNode(), p, firstLine, out);
        }
    }

    /** A document that parses but is not plain data Dossier can use: a key given twice, an alias inside itself. */
    private static final class Invalid extends RuntimeException {
        final transient Mark mark;
        final String hint;

        Invalid(Mark mark, String message, String hint) {
            super(message, null, false, false);
            this.mark = mark;
            this.hint = hint;
        }
    }

    private static Object toData(Node node, int depth, int firstLine) {
        // deeper than the nesting and alias limits allow: only an alias inside the list or mapping it names, &a [*a]
        if (depth > MAX_DEPTH * 25) {
            throw new Invalid(node.getStartMark(), "broken YAML: a list or mapping contains itself (through an alias)",
                    "write the value out instead of the alias (*name)");
        }
        if (node instanceof ScalarNode s) return scalar(s);
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node n : seq.getValue()) list.add(toData(n, depth + 1, firstLine));
            return Collections.unmodifiableList(list);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Node> seen = new java.util.HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = String.valueOf(toData(t.getKeyNode(), depth + 1, firstLine));
            Node first = seen.putIfAbsent(key, t.getKeyNode());
            if (first != null) {
                throw new Invalid(t.getKeyNode().getStartMark(), "'" + key + "' is given twice (first on line "
                        + (first.getStartMark().getLine() + firstLine) + ")", "keep one of the two");
            }
            m.put(key, toData(t.getValueNode(), depth + 1, firstLine));
        }
        return Collections.unmodifiableMap(m);
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
            if (Tag.INT.equals(tag)) {
                long l = Long.decode(v.replace("_", "").replaceFirst("^\\+", ""));
                return l == (int) l ? (Object) (int) l : (Object) l;
            }
            if (Tag.FLOAT.equals(tag)) return Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
            return v;
        }
        return v; // strings, and timestamps kept as written (2026-05-27)
    }
}
