package org.dossier.pipeline;

import org.dossier.links.LinkChecker;
import org.dossier.links.Mentions;
import org.dossier.problems.Problem;
import org.dossier.search.IndexedPage;
import org.dossier.template.RenderContext;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link BuildState} as bytes and back, in a form of its own: the build cache is read by every build and written by
 * every build that changed something, in a process that has just started, where Java's serialization (reflection over
 * every record's class) took a fifth of a one-page rebuild. Each string is written once, then named by its number:
 * a state repeats file names, page keys and link targets thousands of times. Collections come back in the order they
 * were written, immutable where the records make them so.
 */
final class StateFile {

    private StateFile() {
    }

    static void write(OutputStream to, BuildState s) throws IOException {
        Writer w = new Writer(new DataOutputStream(new BufferedOutputStream(to, 1 << 16)));
        w.state(s);
        w.out.flush();
    }

    /** The state the bytes hold; an IOException when they are not one (cut short, or another form). */
    static BuildState read(InputStream from) throws IOException {
        return read(from, Reader::state);
    }

    /** A build's report alone: what a build that finds nothing changed prints again. */
    static void writeReport(OutputStream to, BuildState.Report r) throws IOException {
        Writer w = new Writer(new DataOutputStream(new BufferedOutputStream(to, 1 << 16)));
        w.report(r);
        w.out.flush();
    }

    /** The report the bytes hold; an IOException when they are not one. */
    static BuildState.Report readReport(InputStream from) throws IOException {
        return read(from, Reader::report);
    }

    private interface Part<T> {
        T read(Reader r) throws IOException;
    }

    private static <T> T read(InputStream from, Part<T> part) throws IOException {
        try {
            Reader r = new Reader(new DataInputStream(new BufferedInputStream(from, 1 << 16)));
            T t = part.read(r);
            if (r.in.read() != -1) throw new IOException("more bytes than the cache wrote");
            return t;
        } catch (RuntimeException e) { // a number out of range, a string missing: not what this class wrote
            throw new IOException("not a build state: " + e, e);
        }
    }

    /** Strings longer than this are written in full each time, not numbered for later copies. */
    private static final int LONG = 1024;

    private static final class Writer {
        final DataOutputStream out;
        final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void state(BuildState s) throws IOException {
            str(s.id());
            strMap(s.files());
            str(s.olderId());
            strMap(s.olderFiles());
            out.writeInt(s.pages().size());
            for (Map.Entry<String, BuildState.PageRecord> e : s.pages().entrySet()) {
                str(e.getKey());
                page(e.getValue());
            }
            out.writeInt(s.bodies().size());
            for (Map.Entry<String, RenderContext.Rendered> e : s.bodies().entrySet()) {
                str(e.getKey());
                rendered(e.getValue());
            }
            out.writeInt(s.prints().size());
            for (Map.Entry<String, BuildState.PrintRecord> e : s.prints().entrySet()) {
                str(e.getKey());
                BuildState.PrintRecord p = e.getValue();
                str(p.key());
                str(p.file());
                str(p.hash());
                links(p.links());
                strs(p.strings());
                problems(p.problems());
            }
            report(s.report());
        }

        void page(BuildState.PageRecord r) throws IOException {
            str(r.key());
            strs(r.bodies());
            strs(r.mentions());
            strs(r.quotes());
            strs(r.strings());
            problems(r.problems());
            str(r.file());
            str(r.hash());
            links(r.links());
            IndexedPage i = r.search();
            out.writeBoolean(i != null);
            if (i != null) {
                str(i.url());
                str(i.path());
                str(i.contentLang());
                out.writeBoolean(i.fallback());
                str(i.fragment());
                out.writeInt(i.blocks().size());
                for (Map.Entry<Integer, Integer> b : i.blocks().entrySet()) {
                    out.writeInt(b.getKey());
                    out.writeInt(b.getValue());
                }
                out.writeInt(i.terms().size());
                for (Map.Entry<String, Integer> t : i.terms().entrySet()) {
                    str(t.getKey());
                    out.writeInt(t.getValue());
                }
                out.writeInt(i.length());
            }
            str(r.printMain());
        }

        void rendered(RenderContext.Rendered r) throws IOException {
            Mentions.Tagged t = r.tagged();
            str(t.html());
            out.writeInt(t.mentions().size());
            for (Mentions.Mention m : t.mentions()) {
                str(m.target());
                str(m.blockId());
                str(m.snippet());
            }
            out.writeInt(t.quotes().size());
            for (Mentions.Quote q : t.quotes()) {
                str(q.target());
                str(q.figureId());
                str(q.speaker());
                str(q.text());
            }
            problems(r.problems());
        }

        void report(BuildState.Report r) throws IOException {
            out.writeInt(r.pages().size());
            for (Map.Entry<String, Integer> e : r.pages().entrySet()) {
                str(e.getKey());
                out.writeInt(e.getValue());
            }
            problems(r.problems());
            strs(r.usedStrings());
            str(r.basePath());
        }

        void links(LinkChecker.PageLinks l) throws IOException {
            str(l.source());
            str(l.outputFile());
            strs(l.ids());
            out.writeInt(l.links().size());
            for (LinkChecker.Link link : l.links()) {
                str(link.href());
                str(link.original());
            }
        }

        void problems(List<Problem> list) throws IOException {
            out.writeInt(list.size());
            for (Problem p : list) {
                out.writeByte(p.severity().ordinal());
                str(p.file());
                out.writeInt(p.line());
                out.writeInt(p.column());
                str(p.message());
                str(p.hint());
                out.writeByte(p.kind().ordinal());
            }
        }

        void strMap(Map<String, String> map) throws IOException {
            out.writeInt(map.size());
            for (Map.Entry<String, String> e : map.entrySet()) {
                str(e.getKey());
                str(e.getValue());
            }
        }

        void strs(java.util.Collection<String> c) throws IOException {
            out.writeInt(c.size());
            for (String s : c) str(s);
        }

        /**
         * A string: -1 for null, its number when it was written before, else -2 then its UTF-8 bytes; a long one (a
         * body's HTML, met once) -3 then its bytes, unnumbered: looking it up would hash all of it, which took half
         * of writing a 10,000-page site's state.
         */
        void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            boolean numbered = s.length() <= LONG;
            if (numbered) {
                Integer n = strings.get(s);
                if (n != null) {
                    out.writeInt(n);
                    return;
                }
                strings.put(s, strings.size());
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(numbered ? -2 : -3);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static final class Reader {
        final DataInputStream in;
        final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        BuildState state() throws IOException {
            String id = str();
            Map<String, String> files = strMap();
            String olderId = str();
            Map<String, String> olderFiles = strMap();
            Map<String, BuildState.PageRecord> pages = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) pages.put(str(), page());
            Map<String, RenderContext.Rendered> bodies = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) bodies.put(str(), rendered());
            Map<String, BuildState.PrintRecord> prints = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) {
                prints.put(str(), new BuildState.PrintRecord(str(), str(), str(), links(), Set.copyOf(strs()), problems()));
            }
            return new BuildState(id, files, olderId, olderFiles, pages, bodies, prints, report());
        }

        BuildState.PageRecord page() throws IOException {
            String key = str();
            Set<String> bodies = Set.copyOf(strs());
            Set<String> mentions = Set.copyOf(strs());
            Set<String> quotes = Set.copyOf(strs());
            Set<String> strings = Set.copyOf(strs());
            List<Problem> problems = problems();
            String file = str();
            String hash = str();
            LinkChecker.PageLinks links = links();
            IndexedPage search = null;
            if (in.readBoolean()) {
                String url = str();
                String path = str();
                String contentLang = str();
                boolean fallback = in.readBoolean();
                String fragment = str();
                Map<Integer, Integer> blocks = new HashMap<>();
                for (int n = count(); n > 0; n--) blocks.put(in.readInt(), in.readInt());
                Map<String, Integer> terms = new HashMap<>();
                for (int n = count(); n > 0; n--) terms.put(str(), in.readInt());
                search = new IndexedPage(url, path, contentLang, fallback, fragment, blocks, terms, in.readInt());
            }
            return new BuildState.PageRecord(key, bodies, mentions, quotes, strings, problems, file, hash, links, search,
                    str());
        }

        RenderContext.Rendered rendered() throws IOException {
            String html = str();
            List<Mentions.Mention> mentions = list(() -> new Mentions.Mention(str(), str(), str()));
            List<Mentions.Quote> quotes = list(() -> new Mentions.Quote(str(), str(), str(), str()));
            return new RenderContext.Rendered(new Mentions.Tagged(html, mentions, quotes), problems());
        }

        BuildState.Report report() throws IOException {
            Map<String, Integer> pages = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) pages.put(str(), in.readInt());
            return new BuildState.Report(pages, problems(), Set.copyOf(strs()), str());
        }

        LinkChecker.PageLinks links() throws IOException {
            String source = str();
            String file = str();
            Set<String> ids = Set.copyOf(strs());
            return new LinkChecker.PageLinks(source, file, ids, list(() -> new LinkChecker.Link(str(), str())));
        }

        List<Problem> problems() throws IOException {
            return list(() -> new Problem(Problem.Severity.values()[in.readByte()], str(), in.readInt(), in.readInt(),
                    str(), str(), Problem.Kind.values()[in.readByte()]));
        }

        Map<String, String> strMap() throws IOException {
            Map<String, String> map = new HashMap<>();
            for (int n = count(); n > 0; n--) map.put(str(), str());
            return map;
        }

        List<String> strs() throws IOException {
            return list(this::str);
        }

        interface Item<T> {
            T read() throws IOException;
        }

        <T> List<T> list(Item<T> item) throws IOException {
            int n = count();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(item.read());
            return List.copyOf(out);
        }

        int count() throws IOException {
            return size(in.readInt());
        }

        /** A count or a length as written: never negative, never more than a state could hold. */
        static int size(int n) throws IOException {
            if (n < 0 || n > 1 << 28) throw new IOException("a count of " + n);
            return n;
        }

        String str() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n >= 0) return strings.get(n);
            byte[] bytes = new byte[size(in.readInt())];
            in.readFully(bytes);
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (n == -2) strings.add(s);
            return s;
        }
    }
}
