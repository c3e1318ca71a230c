package org.dossier.config;

import org.dossier.problems.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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
        Doc(Object data, Map<String, Integer> keyLines, Problem problem) {
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

        /** The line of the key at {@code path}, else of its nearest enclosing key that has one; 0 when none. */
        public int lineOf(String... path) {
            for (int n = path.length; n > 0; n--) {
                Integer line = pathLines.get(List.of(path).subList(0, n));
                if (line != null) return line;
            }
            return 0;
        }
    }

    private Yaml() {
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
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(8 * 1024 * 1024);
        try {
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
            if (root == null) return new Doc(Map.of(), Map.of(), null);
            Map<String, Integer> lines = new LinkedHashMap<>();
            if (root instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        lines.put(k.getValue(), k.getStartMark().getLine() + firstLine);
                    }
                }
            }
            Map<List<String>, Integer> paths = new LinkedHashMap<>();
            pathLines(root, List.of(), firstLine, paths);
            return new Doc(toData(root), Collections.unmodifiableMap(lines), null, Collections.unmodifiableMap(paths));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            String what = e.getProblem() == null ? "the YAML cannot be read" : e.getProblem();
            return new Doc(Map.of(), Map.of(), Problem.error(file, line, col, "broken YAML: " + what,
                    "check the indentation and quote values that contain ': ' or start with a special character"));
        } catch (YAMLException e) {
            return new Doc(Map.of(), Map.of(), Problem.error(file, firstLine, 0, "broken YAML: " + e.getMessage(),
                    "check the indentation and quoting"));
        }
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

    private static Object toData(Node node) {
        if (node instanceof ScalarNode s) return scalar(s);
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node n : seq.getValue()) list.add(toData(n));
            return Collections.unmodifiableList(list);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> m = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Object key = toData(t.getKeyNode());
            m.put(String.valueOf(key), toData(t.getValueNode()));
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
