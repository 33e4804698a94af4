package io.github.sparkactivations.it.registry;

import io.github.sparkactivations.spark.SparkActivations;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Run in a child JVM by {@link RegistrationRoutesIT}, on the bundle jar: starts Spark, with the service-loader
 * entry hidden unless the route under test is the service loader, and prints what it saw. {@code args[0]} is
 * {@code service} (the bundle's ServiceLoader entry), {@code conf} (spark.sql.extensions) or {@code register}
 * (SparkActivations.register).
 */
public final class RouteProbe {

    private static final String SERVICES = "META-INF/services/org.apache.spark.sql.SparkSessionExtensionsProvider";

    public static void main(String[] args) {
        if (!args[0].equals("service")) {
            Thread.currentThread().setContextClassLoader(new ClassLoader(RouteProbe.class.getClassLoader()) {
                @Override
                public Enumeration<URL> getResources(String name) throws IOException {
                    return name.equals(SERVICES) ? Collections.emptyEnumeration() : super.getResources(name);
                }
            });
        }
        SparkSession.Builder builder = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        if (args[0].equals("conf")) {
            builder.config("spark.sql.extensions", "io.github.sparkactivations.spark.ActivationsExtensions");
        }
        SparkSession spark = builder.getOrCreate();
        if (args[0].equals("register")) {
            System.out.println("before: " + resolves(spark));
            SparkActivations.register(spark);
            SparkActivations.register(spark);
        }
        System.out.println("after: " + resolves(spark));
        System.out.println("value: " + spark.sql("SELECT gelu(1.0, 'tanh')").collectAsList().get(0).getDouble(0));
        spark.stop();
    }

    private static boolean resolves(SparkSession spark) {
        try {
            spark.sql("SELECT gelu(1.0)").collectAsList();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
