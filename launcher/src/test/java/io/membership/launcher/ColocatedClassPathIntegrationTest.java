package io.membership.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/start's one JVM runs on launcher/target/lib and launcher/target/colocated; each service's executable jar is
 * what it was built and tested with. Every library a service ships must be on the one-JVM class path at exactly the
 * same version (issue 22: commons-io 2.14 there, 2.20 in membership-service, and CSV import failed).
 */
class ColocatedClassPathIntegrationTest {

    /** A jar file's name without its version: artifact id, then the classifier if any. */
    private static final Pattern VERSION = Pattern.compile("^(.+?)-\\d[^-]*(.*)\\.jar$");

    /** Added by Spring Boot's repackaging for {@code java -Djarmode=tools}; no service code uses it. */
    private static final String JARMODE_TOOLS = "spring-boot-jarmode-tools-";

    @Test
    void everyServiceLibraryIsOnTheOneJvmClassPathAtTheSameVersion() throws IOException {
        Path target = Path.of(System.getProperty("services.dir", "target/services")).getParent();
        Set<String> oneJvm = new TreeSet<>();
        oneJvm.addAll(jarsIn(target.resolve("lib")));
        oneJvm.addAll(jarsIn(target.resolve("colocated")));
        List<Path> serviceJars = jarPaths(target.resolve("services")).stream()
                .filter(jar -> jar.getFileName().toString().endsWith("-exec.jar")).toList();
        assertThat(serviceJars).as("four services and the gateway").hasSize(5);
        for (Path serviceJar : serviceJars) {
            Set<String> missing = new TreeSet<>(librariesOf(serviceJar));
            missing.removeIf(jar -> oneJvm.contains(jar) || jar.startsWith(JARMODE_TOOLS));
            assertThat(missing).as("libraries of %s that bin/start's class path lacks or holds at another version",
                    serviceJar.getFileName()).isEmpty();
        }
    }

    @Test
    void theOneJvmClassPathHoldsNoLibraryTwice() throws IOException {
        Path target = Path.of(System.getProperty("services.dir", "target/services")).getParent();
        List<Path> jars = new ArrayList<>(jarPaths(target.resolve("lib")));
        jars.addAll(jarPaths(target.resolve("colocated")));
        Map<String, Set<String>> byArtifact = new TreeMap<>();
        for (Path jar : jars) {
            byArtifact.computeIfAbsent(artifactOf(jar), key -> new TreeSet<>()).add(jar.getFileName().toString());
        }
        byArtifact.values().removeIf(files -> files.size() < 2);
        assertThat(byArtifact).as("libraries on bin/start's class path in more than one version").isEmpty();
    }

    /**
     * group:artifact (and classifier) of a jar: the group from the jar's own Maven metadata, since two groups may
     * publish one artifact id (com.yammer.metrics and io.dropwizard.metrics both have metrics-core).
     */
    private static String artifactOf(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        Matcher version = VERSION.matcher(name);
        if (!version.matches()) {
            return name;
        }
        String artifact = version.group(1);
        String group = "?";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Pattern own = Pattern.compile("META-INF/maven/([^/]+)/" + Pattern.quote(artifact) + "/pom.properties");
            group = zip.stream().map(entry -> own.matcher(entry.getName())).filter(Matcher::matches)
                    .map(matcher -> matcher.group(1)).findFirst().orElse(group);
        }
        return group + ":" + artifact + version.group(2);
    }

    private static Set<String> librariesOf(Path bootJar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(bootJar.toFile())) {
            zip.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .forEach(name -> names.add(name.substring("BOOT-INF/lib/".length())));
        }
        return names;
    }

    private static Set<String> jarsIn(Path directory) throws IOException {
        Set<String> names = new TreeSet<>();
        jarPaths(directory).forEach(jar -> names.add(jar.getFileName().toString()));
        return names;
    }

    private static List<Path> jarPaths(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
