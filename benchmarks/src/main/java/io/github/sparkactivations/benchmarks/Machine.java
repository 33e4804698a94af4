package io.github.sparkactivations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine a benchmark ran on: cores, JDK, whether the Vector API module is loaded, CPU model. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "cores=" + Runtime.getRuntime().availableProcessors() + " jdk=" + System.getProperty("java.version")
                + " vector_api=" + ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() + " cpu=" + cpu();
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
