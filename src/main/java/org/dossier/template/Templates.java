package org.dossier.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.dossier.config.SiteConfig;
import org.dossier.config.SiteFiles;
import org.dossier.problems.Problems;
import org.dossier.problems.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template engine for one build: Freemarker configured once, safe by default (HTML auto-escaping, no class
 * instantiation, no ?api), looking up templates first in the site's overrides, then in the theme. Thread-safe.
 */
public final class Templates {

    /** A template failure, already phrased as a problem with the template's file and line. */
    public static final class Failure extends Exception {
        private final Problem problem;

        Failure(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final Configuration cfg;
    private final List<Path> dirs;
    private final Path root;
    private final SiteTemplateLoader loader;
    private final java.util.Map<List<String>, Optional<String>> firsts = new java.util.concurrent.ConcurrentHashMap<>();

    public Templates(SiteConfig config) throws IOException {
        this.root = config.root();
        this.dirs = new ArrayList<>();
        Path override = config.overrideDir().resolve("templates");
        if (Files.isDirectory(override)) dirs.add(override);
        dirs.add(config.themeDir().resolve("templates"));
        this.loader = new SiteTemplateLoader(root, dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList());
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setWhitespaceStripping(true);
        cfg.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
    }

    /** Whether the theme or the site provides {@code name}. */
    public boolean exists(String name) {
        try {
            cfg.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException | StackOverflowError e) {
            return true; // it exists but does not parse: rendering will report it
        }
    }

    /** The first of {@code names} that exists (asked for every page: known once per list). */
    public Optional<String> first(List<String> names) {
        return firsts.computeIfAbsent(List.copyOf(names), n -> n.stream().filter(this::exists).findFirst());
    }

    public String render(String name, Map<String, Object> model) throws Failure {
        try {
            Template t;
            try {
                t = cfg.getTemplate(name);
            } catch (StackOverflowError e) {
                throw new Failure(Problem.error(display(name), 0, 0, "the template is nested too deeply to be read",
                        "it (or a template it uses) opens thousands of directives inside each other: close them"));
            }
            Text out = new Text();
            try {
                t.process(model, out);
            } catch (StackOverflowError e) {
                throw new Failure(Recursion.of(name, this::source, this::display));
            }
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new Failure(Problem.error(display(name), 0, 0, "template '" + name + "' not found",
                    "add it to the theme or to content/_theme/templates/"));
        } catch (ParseException e) {
            throw new Failure(Problem.error(display(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                    firstLine(e.getEditorMessage()), "fix the template syntax"));
        } catch (TemplateException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) { // an included template that cannot be read
                if (c instanceof SiteTemplateLoader.Refused r) throw new Failure(r.problem());
            }
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw new Failure(Problem.error(display(where), line, col, firstLine(e.getMessageWithoutStackTop()),
                    "fix the template, or the page data it uses"));
        } catch (IOException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof SiteTemplateLoader.Refused r) throw new Failure(r.problem());
                if (c instanceof ParseException p) {
                    throw new Failure(Problem.error(display(p.getTemplateName()), p.getLineNumber(),
                            p.getColumnNumber(), firstLine(p.getEditorMessage()), "fix the template syntax"));
                }
            }
            throw new Failure(Problem.error(display(name), 0, 0, "cannot read the template: " + e.getMessage(),
                    "check the file"));
        }
    }

    /** The text of template {@code name}, or null when there is none (or it cannot be read). */
    private String source(String name) {
        Object source = loader.findTemplateSource(name);
        return source == null ? null : SiteFiles.readText(root, (Path) source, new Problems());
    }

    /** The template's path relative to the site folder, as an editor would open it. */
    String display(String name) {
        for (Path d : dirs) {
            Path p = d.resolve(name);
            if (Files.exists(p)) return root.relativize(p).toString().replace('\\', '/');
        }
        return root.relativize(dirs.get(dirs.size() - 1).resolve(name)).toString().replace('\\', '/');
    }

    private static String firstLine(String message) {
        if (message == null) return "template error";
        String s = message.strip();
        int cut = s.indexOf("\n\n----");
        if (cut > 0) s = s.substring(0, cut);
        s = s.replaceAll("\\s*\\n\\s*", " ");
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    /** A template's output: a StringWriter without its lock, which every one of a page's thousands of writes took. */
    private static final class Text extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(char[] chars, int from, int length) {
            text.append(chars, from, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int from, int length) {
            text.append(s, from, from + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
