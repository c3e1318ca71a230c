package org.dossier.template;

import org.dossier.problems.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a template that never finishes goes round: when rendering overflows the stack, the templates it uses are
 * read for an {@code <#include>} that leads back to a template already being included, or a macro that calls
 * itself, so that the error can name the file and line to fix.
 */
final class Recursion {

    private static final Pattern USE = Pattern.compile("<#(include|import)\\s+\"([^\"]+)\"");
    private static final Pattern MACRO = Pattern.compile("<#macro\\s+([\\w-]+)(.*?)</#macro>", Pattern.DOTALL);

    private Recursion() {
    }

    /**
     * The problem for template {@code name}, whose rendering never finished.
     *
     * @param source  template name → its text, or null when there is no such template
     * @param display template name → its file, as messages name it
     */
    static Problem of(String name, Function<String, String> source, Function<String, String> display) {
        Problem cycle = includeCycle(name, new ArrayList<>(), new HashSet<>(), source, display);
        if (cycle != null) return cycle;
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            String t = todo.remove(todo.size() - 1);
            String text = seen.add(t) ? source.apply(t) : null;
            if (text == null) continue;
            Matcher m = MACRO.matcher(text);
            while (m.find()) {
                Matcher call = Pattern.compile("<@(?:[\\w-]+\\.)?" + Pattern.quote(m.group(1)) + "[\\s/>]").matcher(m.group(2));
                if (call.find()) {
                    int at = m.start(2) + call.start();
                    return Problem.error(display.apply(t), line(text, at), column(text, at), "the page never finishes:"
                                    + " the macro '" + m.group(1) + "' calls itself here, again and again",
                            "make sure the call is skipped at some point (inside an <#if>), or remove it");
                }
            }
            Matcher u = USE.matcher(text);
            while (u.find()) todo.add(resolve(t, u.group(2)));
        }
        return Problem.error(display.apply(name), 0, 0, "the page never finishes: the template calls itself again and"
                + " again (through a macro, a function or an include)", "look for a call that never stops and remove it");
    }

    /** The {@code <#include>} that leads back to a template on {@code stack}, as a problem; null when none does. */
    private static Problem includeCycle(String name, List<String> stack, Set<String> done,
                                        Function<String, String> source, Function<String, String> display) {
        if (done.contains(name)) return null;
        String text = source.apply(name);
        if (text == null) return null;
        stack.add(name);
        Matcher m = USE.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("include")) continue; // an import runs once per page, however often it is imported
            String target = resolve(name, m.group(2));
            if (stack.contains(target)) {
                return Problem.error(display.apply(name), line(text, m.start()), column(text, m.start()),
                        "the page never finishes: this <#include> includes " + target
                                + (target.equals(name) ? ", the template itself" : ", which includes this template")
                                + ", again and again", "remove the include, or include another template");
            }
            Problem p = includeCycle(target, stack, done, source, display);
            if (p != null) return p;
        }
        stack.remove(stack.size() - 1);
        done.add(name);
        return null;
    }

    /** A template name used in {@code from}: relative to its folder, or from the templates folder when it starts with '/'. */
    private static String resolve(String from, String used) {
        if (used.startsWith("/")) return used.substring(1);
        int slash = from.lastIndexOf('/');
        String joined = slash < 0 ? used : from.substring(0, slash + 1) + used;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else if (!p.equals(".") && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static int line(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int column(String text, int at) {
        return at - text.lastIndexOf('\n', at - 1);
    }
}
