package io.github.sparkactivations.it.install;

import io.github.sparkactivations.core.kernels.Gelu;
import io.github.sparkactivations.it.Bundle;
import io.github.sparkactivations.it.ChildJvm;
import io.github.sparkactivations.it.Daemon;
import io.github.sparkactivations.testing.Ulps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes a user takes from the README's Install section, with the artifacts {@code mvn install} put in the local
 * repository: a Maven project of its own that depends on this line's thin artifact by its coordinates (the README's
 * dependency block, verbatim), built offline against that repository and run in local mode; and the same job
 * submitted with the README's {@code spark-submit --packages} line, Spark's own Ivy resolving the thin jar, core and
 * commons-numbers. Needs the artifacts of this build installed ({@code bin/activations-test} runs
 * {@code mvn install -Dactivations.requireInstalled=true}); under {@code mvn verify} alone it is skipped.
 */
class InstallRoutesIT {

    /** The README shows the default line's coordinates; each line's test puts its own in their place. */
    private static final String README_LINE = "4.2_2.13";
    private static final String LINE = System.getProperty("spark.line") + "_" + System.getProperty("scala.binary.version");
    private static final String VERSION = System.getProperty("project.version");
    private static final Path REPOSITORY = Path.of(System.getProperty("maven.repo.local"));
    private static final Path WORK = Path.of("integration-tests/target/consumer-" + LINE).toAbsolutePath();

    @BeforeAll
    static void buildTheConsumerProjectAgainstTheInstalledArtifacts() throws Exception {
        String stale = installedArtifactsDiffer();
        if (stale != null) {
            assertFalse(Boolean.getBoolean("activations.requireInstalled"), stale);
            Assumptions.abort(stale);
        }
        build(WORK, readmeBlock("maven"));
    }

    /**
     * The consumer project in {@code work}, the README block in place of its dependency marker and {@code jobs} beside
     * its own, built offline against the local repository: its classes, its jar and its class path in
     * {@code classpath.txt}.
     */
    private static void build(Path work, String dependencies, Path... jobs) throws Exception {
        copy(Path.of("integration-tests/src/test/consumer"), work);
        for (Path job : jobs) {
            Files.copy(job, work.resolve("src/main/java/com/example").resolve(job.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path pom = work.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom)
                .replace("    <!-- README dependency -->\n", indent(forThisLine(dependencies), "    "))
                .replace("@SCALA@", System.getProperty("scala.binary.version"))
                .replace("@SPARK@", System.getProperty("spark.version")));
        List<String> mvn = List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-o", "-B", "-q",
                "-Dmaven.repo.local=" + REPOSITORY, "compile", "jar:jar", "dependency:build-classpath",
                "-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=test");
        ProcessBuilder consumerBuild = new ProcessBuilder(mvn).directory(work.toFile());
        consumerBuild.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"); // as ChildJvm's
        try (Daemon build = Daemon.start("consumer-build", work, consumerBuild)) {
            assertEquals(0, build.awaitExit(Duration.ofMinutes(4)), build.tail());
        }
    }

    /** The consumer's {@code main} in local mode, on its class path. */
    private static ChildJvm.Result runLocally(Path work, String main) throws Exception {
        String classpath = work.resolve("target/classes") + File.pathSeparator
                + Files.readString(work.resolve("classpath.txt")).trim();
        return ChildJvm.run(classpath, List.of("-Xmx1g", "-Dspark.master=local[1]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1"), main);
    }

    @Test
    void aMavenProjectDependingOnTheCoordinatesRunsInLocalMode() throws Exception {
        assertFalse(Files.readString(WORK.resolve("classpath.txt")).contains("spark-mllib"),
                "the job runs where Spark ML is absent: only spark-sql and ours");
        ChildJvm.Result r = runLocally(WORK, "com.example.ActivationsJob");
        assertEquals(0, r.exitCode(), r.stderr());
        assertJobOutput(r.stdout());
    }

    /**
     * The README's block for Spark ML users (the library, spark-mllib, and Scala pinned to Spark's own) builds a
     * project whose job fits a pipeline with the ML stage ({@code consumer/ml/PipelineJob.java}) and runs it: the
     * stage's softmax of rawPrediction is the model's probability. On the default line, whose coordinates the README
     * shows.
     */
    @Test
    void anMlProjectWithTheReadmesScalaPinRunsAPipeline() throws Exception {
        Assumptions.assumeTrue(LINE.equals(README_LINE), "the README's Spark ML block is the default line's");
        Path work = WORK.resolveSibling(WORK.getFileName() + "-ml");
        build(work, readmeBlock("maven-ml"), Path.of("integration-tests/src/test/consumer/ml/PipelineJob.java"));
        ChildJvm.Result r = runLocally(work, "com.example.PipelineJob");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String[]> rows = lines(r.stdout(), "row ");
        assertEquals(60, rows.size(), r.stdout());
        for (String[] row : rows) {
            assertTrue(Double.parseDouble(row[1]) <= 1e-15, "softmax(rawPrediction) vs probability: " + row[1]);
        }
    }

    @Test
    void sparkSubmitPackagesResolvesTheThinJarAndItsDependencies() throws Exception {
        List<String> readme = Arrays.asList(forThisLine(readmeBlock("spark-submit")).replace("\\\n", " ")
                .replace("$HOME/.m2/repository", REPOSITORY.toString()).replace("activations-job.jar",
                        WORK.resolve("target/activations-job.jar").toString()).trim().split("\\s+"));
        assertEquals("spark-submit", readme.get(0));
        List<String> args = new ArrayList<>(List.of("--master", "local[1]", "--conf", "spark.jars.ivy=" + WORK.resolve("ivy"),
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1"));
        args.addAll(readme.subList(1, readme.size()));
        // Spark's Ivy looks in ~/.m2 before the README's repository: a home of its own keeps it to the latter.
        try (Daemon submit = Daemon.start("spark-submit", WORK, ChildJvm.builder(Bundle.join(Bundle.sparkJars()),
                List.of("-Xmx1g", "-Duser.home=" + WORK.resolve("home")), "org.apache.spark.deploy.SparkSubmit", args))) {
            assertEquals(0, submit.awaitExit(Duration.ofMinutes(4)), submit.tail());
            String out = submit.output();
            for (String module : List.of("io.github.sparkactivations#activations-spark-" + LINE + ";" + VERSION,
                    "io.github.sparkactivations#activations-core;" + VERSION, "org.apache.commons#commons-numbers-gamma")) {
                assertTrue(out.contains("found " + module), module + " not resolved:\n" + out);
            }
            assertFalse(out.contains("found org.apache.arrow"), "Arrow comes from Spark, not from core:\n" + out);
            assertJobOutput(out);
        }
    }

    /** gelu by the Column API and in SQL as the kernels give it, and the window softmax of each group. */
    private static void assertJobOutput(String out) {
        List<String[]> column = lines(out, "column ");
        assertEquals(8, column.size(), out);
        for (String[] c : column) {
            assertEquals(Gelu.exact(Double.parseDouble(c[1])), Double.parseDouble(c[2]), c[1]);
        }
        List<String[]> sql = lines(out, "sql ");
        assertEquals(8, sql.size(), out);
        Map<String, Double> sums = new HashMap<>();
        for (String[] s : sql) {
            sums.merge(s[1], Math.exp(Double.parseDouble(s[2])), Double::sum);
        }
        for (String[] s : sql) {
            double x = Double.parseDouble(s[2]);
            assertEquals(Gelu.tanh(x), Double.parseDouble(s[3]), s[2]);
            double p = Math.exp(x) / sums.get(s[1]);
            assertTrue(Ulps.between(p, Double.parseDouble(s[4])) <= 4, "softmax at " + x + ": " + s[4] + " vs " + p);
        }
    }

    private static List<String[]> lines(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.split(" ")).toList();
    }

    /** The fenced block after {@code <!-- tested: name -->} in the README. */
    private static String readmeBlock(String name) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- tested: " + name + " -->");
        assertTrue(marker >= 0, "README has no block marked " + name);
        int start = readme.indexOf('\n', readme.indexOf("```", marker)) + 1;
        String block = readme.substring(start, readme.indexOf("```", start));
        assertTrue(block.contains(":" + VERSION) || block.contains(">" + VERSION + "<"), "README shows another version: " + block);
        return block;
    }

    private static String forThisLine(String block) {
        return block.replace(README_LINE, LINE);
    }

    private static String indent(String block, String prefix) {
        StringBuilder sb = new StringBuilder();
        block.lines().forEach(l -> sb.append(prefix).append(l).append('\n'));
        return sb.toString();
    }

    /**
     * Null when the local repository holds this build's published artifacts byte for byte (jars are reproducible),
     * else what differs.
     */
    private static String installedArtifactsDiffer() throws IOException {
        Map<String, Path> built = Map.of(
                "activations-core", Path.of("core/target/activations-core-" + VERSION + ".jar"),
                "activations-spark-" + LINE, Path.of("spark-udfs/target/activations-spark-" + LINE + "-" + VERSION + ".jar"),
                "activations-spark-runtime-" + LINE, Bundle.jar());
        for (Map.Entry<String, Path> e : built.entrySet()) {
            Path dir = REPOSITORY.resolve("io/github/sparkactivations").resolve(e.getKey()).resolve(VERSION);
            Path jar = dir.resolve(e.getKey() + "-" + VERSION + ".jar");
            if (!Files.exists(jar) || Files.mismatch(jar, e.getValue()) != -1) {
                return jar + " is not this build's " + e.getValue() + ": run mvn install (bin/activations-test does)";
            }
            for (String classifier : List.of("-sources.jar", "-javadoc.jar", ".pom")) {
                if (!Files.exists(dir.resolve(e.getKey() + "-" + VERSION + classifier))) {
                    return "no " + e.getKey() + "-" + VERSION + classifier + " in " + dir;
                }
            }
        }
        return null;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
