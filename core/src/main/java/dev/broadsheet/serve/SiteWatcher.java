package dev.broadsheet.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches {@code site.yaml} and the folders {@code content/}, {@code templates/}, {@code static/} and
 * {@code i18n/} of a site, and reports each burst of changes once, as site-relative paths, when the file
 * system has been quiet for a moment (an editor's save is often several events).
 */
final class SiteWatcher implements AutoCloseable {

    private static final List<String> FOLDERS = List.of("content", "templates", "static", "i18n");
    private static final long QUIET_MILLIS = 15;
    private static final long MAX_WAIT_MILLIS = 250;

    private final Path siteDir;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    SiteWatcher(Path siteDir, Consumer<List<String>> onChange) throws IOException {
        this.siteDir = siteDir;
        this.service = FileSystems.getDefault().newWatchService();
        register(siteDir);
        for (String folder : FOLDERS) registerTree(siteDir.resolve(folder));
        this.thread = new Thread(() -> loop(onChange), "broadsheet-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<List<String>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                TreeSet<String> changes = new TreeSet<>();
                collect(key, changes);
                long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changes);
                    if (System.currentTimeMillis() > deadline) break;
                }
                if (!changes.isEmpty()) onChange.accept(List.copyOf(changes));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, TreeSet<String> changes) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changes.add("");
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            String relative = siteDir.relativize(file).toString().replace('\\', '/');
            if (!relevant(relative)) continue;
            changes.add(relative);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                registerTree(file);
                listAll(file, changes);
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    private boolean relevant(String relative) {
        if (relative.equals("site.yaml")) return true;
        int slash = relative.indexOf('/');
        return FOLDERS.contains(slash < 0 ? relative : relative.substring(0, slash));
    }

    /** Files already in a folder when it appears (copied or moved in whole) count as changed. */
    private void listAll(Path dir, TreeSet<String> changes) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(p -> changes.add(siteDir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            changes.add("");
        }
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> dirs = new ArrayList<>(walk.filter(Files::isDirectory).toList());
            for (Path d : dirs) register(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path dir) {
        try {
            folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
