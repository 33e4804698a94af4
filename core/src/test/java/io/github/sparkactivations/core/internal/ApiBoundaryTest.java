package io.github.sparkactivations.core.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API (the catalog, the kernel families, the batch API) neither takes nor returns a type of this package:
 * what is here can change without breaking a caller.
 */
class ApiBoundaryTest {

    private static final List<String> API = List.of("catalog", "kernels", "softmax", "arrays", "batch");

    @Test
    void noPublicSignatureOfTheApiNamesAnInternalType() throws IOException, ClassNotFoundException {
        List<String> leaks = new ArrayList<>();
        int classes = 0;
        for (String pkg : API) {
            Path dir = Path.of("target", "classes", "io", "github", "sparkactivations", "core", pkg);
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path file : files) {
                String name = "io.github.sparkactivations.core." + pkg + "."
                        + file.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                classes++;
                List<Executable> members = new ArrayList<>(List.of(c.getConstructors()));
                members.addAll(List.of(c.getMethods()));
                for (Executable m : members) {
                    List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                    if (m instanceof Method method) {
                        types.add(method.getReturnType());
                    }
                    types.stream().filter(ApiBoundaryTest::internal).forEach(t -> leaks.add(m + " names " + t));
                }
                for (Field f : c.getFields()) {
                    if (internal(f.getType())) {
                        leaks.add(f + " is a " + f.getType());
                    }
                }
            }
        }
        assertTrue(classes > 40, "read the API's classes: " + classes);
        assertEquals(List.of(), leaks);
    }

    private static boolean internal(Class<?> type) {
        Class<?> t = type.isArray() ? type.getComponentType() : type;
        return t.getPackageName().equals(ApiBoundaryTest.class.getPackageName());
    }
}
