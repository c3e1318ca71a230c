package org.dossier.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the site's source folders (content/, themes/, i18n/) with the operating system's file events
 * ({@link WatchService}), every folder in them, folders created later included, and hands out the changes in batches:
 * {@link #next} waits for a change, then until the files have been quiet for a short while, so that an editor's save
 * (often several events: a temporary file, a rename, a modification) is one batch. Also watches the site folder itself,
 * for one of the source folders being created, deleted or renamed.
 *
 * <p>Left out of a batch: editors' swap, backup and lock files ({@code .x.md.swp}, {@code x.md~}, {@code .#x.md}) and
 * files that were created and deleted again within the batch (a safe-write's temporary file).
 */
final class Watcher implements AutoCloseable {

    /** How long the files must be quiet before a batch is handed out. */
    static final Duration QUIET = Duration.ofMillis(30);

    /** A batch is handed out after this long at the latest, however busy the folder (a tool writing continuously). */
    static final Duration LONGEST = Duration.ofSeconds(2);

    private final Path root;
    private final List<String> dirs;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    /** Starts watching {@code dirs} (names of folders in {@code root}); a folder that does not exist yet is watched for. */
    Watcher(Path root, List<String> dirs) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.dirs = List.copyOf(dirs);
        this.service = this.root.getFileSystem().newWatchService();
        register(this.root);
        for (String d : dirs) {
            Path dir = this.root.resolve(d);
            if (Files.isDirectory(dir)) registerTree(dir, null);
        }
    }

    /**
     * Waits for the next batch of changes: the files (and folders) created, modified or deleted, relative to the site
     * folder, '/'-separated, sorted. A folder created with files in it yields the files; when the system lost events
     * (too many at once) the batch names the whole source folders ("content").
     *
     * @throws InterruptedException when interrupted or closed while waiting
     */
    Set<String> next() throws InterruptedException {
        while (true) {
            Map<Path, WatchEvent.Kind<?>> first = new LinkedHashMap<>();
            try {
                take(service.take(), first);
                long last = System.nanoTime() + LONGEST.toNanos();
                WatchKey key;
                while (System.nanoTime() < last && (key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    take(key, first);
                }
            } catch (ClosedWatchServiceException e) {
                throw new InterruptedException("the watcher was closed");
            }
            Set<String> batch = new TreeSet<>();
            first.forEach((path, kind) -> {
                boolean transient_ = kind == StandardWatchEventKinds.ENTRY_CREATE && !Files.exists(path);
                if (!transient_ && !ignored(path.getFileName().toString())) {
                    batch.add(root.relativize(path).toString().replace('\\', '/'));
                }
            });
            if (!batch.isEmpty()) return batch;
        }
    }

    /** Editors' swap, backup and lock files: never part of a site. */
    static boolean ignored(String name) {
        return name.endsWith("~") || name.startsWith(".#") || name.matches("\\..*\\.sw[a-px]");
    }

    /** Records the events of one key (each path with the first kind of event it had in this batch). */
    private void take(WatchKey key, Map<Path, WatchEvent.Kind<?>> first) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) continue;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                for (String d : dirs) first.putIfAbsent(root.resolve(d), StandardWatchEventKinds.ENTRY_MODIFY);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (dir.equals(root) && !dirs.contains(path.getFileName().toString())) continue; // site-output/, README...
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) forget(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, first); // its files may have been written before it was watched
            } else {
                first.putIfAbsent(path, event.kind());
            }
        }
        if (!key.reset()) keys.remove(key); // its folder is gone
    }

    /** Watches {@code dir} and every folder in it; with {@code found}, records the files in it as created. */
    private void registerTree(Path dir, Map<Path, WatchEvent.Kind<?>> found) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                if (Files.isDirectory(p)) register(p);
                else if (found != null) found.putIfAbsent(p, StandardWatchEventKinds.ENTRY_CREATE);
            }
        } catch (IOException e) {
            // deleted again while being walked: its deletion is the next event
            if (found != null) found.putIfAbsent(dir, StandardWatchEventKinds.ENTRY_MODIFY);
        }
    }

    private void register(Path dir) {
        try {
            keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY), dir);
        } catch (IOException e) {
            // gone before it could be watched: nothing in it to watch
        }
    }

    /**
     * A folder deleted or renamed away: its watches end. (On Linux a watch follows a renamed folder, and would go on
     * reporting its files under the old name.)
     */
    private void forget(Path path) {
        keys.entrySet().removeIf(e -> {
            if (!e.getValue().startsWith(path)) return false;
            e.getKey().cancel();
            return true;
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
