package org.conferencedesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migrations Flyway runs on a database other than H2: the scripts of {@code sql/} (packaged as
 * {@code db/migration}), each replaced by the vendor's own version where one exists in
 * {@code sql/VENDOR/} (packaged as {@code db/vendor/VENDOR}), with the same file name
 * (docs/decisions/0026).
 *
 * <p>So a migration is written once, and a second copy is made only where the vendor's SQL must
 * differ (PostgreSQL: {@code TEXT} for {@code CLOB}, PL/pgSQL triggers for H2's Java triggers,
 * {@code sha256()} for H2's {@code HASH}). The version, description and file name of each migration
 * are the same on both databases; only the checksum differs. A vendor script that names no H2
 * script is refused: every migration exists for H2 first, where the jOOQ code is generated from.
 *
 * <p>Only the top level of each folder is read (Flyway itself would read {@code db/migration}
 * with its sub-folders; the build keeps the vendor scripts out of it).
 */
final class VendorMigrations implements ResourceProvider {

    /** Where the build puts the H2 scripts of {@code sql/}. */
    static final String COMMON = "db/migration";
    /** Where the build puts a vendor's scripts: {@code db/vendor/postgresql}. */
    static final String VENDOR_ROOT = "db/vendor/";

    private final Map<String, Script> scripts;

    private VendorMigrations(Map<String, Script> scripts) {
        this.scripts = scripts;
    }

    /**
     * The migrations for {@code vendor}, read from the class path of {@code loader}.
     *
     * @param vendor the folder of the vendor's scripts, e.g. {@code postgresql}
     * @throws IllegalStateException if a vendor script stands for no H2 script (a build mistake)
     * @throws UncheckedIOException if the class path cannot be read
     */
    static VendorMigrations of(String vendor, ClassLoader loader) {
        Map<String, Script> common = list(COMMON, loader);
        Map<String, Script> own = list(VENDOR_ROOT + vendor, loader);
        for (String name : own.keySet()) {
            if (!common.containsKey(name)) {
                throw new IllegalStateException("The " + vendor + " migration " + name
                        + " stands for no migration of sql/: name it as the H2 script it replaces");
            }
        }
        Map<String, Script> all = new TreeMap<>(common);
        all.putAll(own);
        return new VendorMigrations(all);
    }

    /** The file names that the vendor replaces, for tests and the log. */
    List<String> replaced(String vendor) {
        return scripts.values().stream().filter(s -> s.resourcePath.startsWith(VENDOR_ROOT + vendor + "/"))
                .map(Script::getFilename).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.get(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (Script script : scripts.values()) {
            String name = script.getFilename();
            if (name.startsWith(prefix) && Stream.of(suffixes).anyMatch(name::endsWith)) {
                found.add(script);
            }
        }
        return found;
    }

    /** The {@code .sql} files at the top of {@code folder} on the class path, by file name. */
    private static Map<String, Script> list(String folder, ClassLoader loader) {
        Map<String, Script> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : namesIn(root, folder)) {
                    if (name.endsWith(".sql")) {
                        found.putIfAbsent(name, new Script(folder + "/" + name, name, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> namesIn(URL root, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            Path dir;
            try {
                dir = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0 && entry.length() > prefix.length()) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
            }
        }
        return names;
    }

    /** One script on the class path, read as UTF-8 (as Flyway reads the H2 scripts). */
    private static final class Script extends LoadableResource {
        private final String resourcePath;
        private final String fileName;
        private final ClassLoader loader;

        Script(String resourcePath, String fileName, ClassLoader loader) {
            this.resourcePath = resourcePath;
            this.fileName = fileName;
            this.loader = loader;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(resourcePath);
            if (in == null) {
                throw new UncheckedIOException(new IOException("The migration " + resourcePath + " is missing from the class path"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return resourcePath;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            URL url = loader.getResource(resourcePath);
            return url == null ? resourcePath : url.getPath();
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            // As Flyway names a script at the top of its location: the file name alone.
            return fileName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Script other && other.resourcePath.equals(resourcePath);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resourcePath);
        }
    }
}
