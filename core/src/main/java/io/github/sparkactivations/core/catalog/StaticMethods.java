package io.github.sparkactivations.core.catalog;

import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Arrays;

/** The public static method a serializable method reference names, for Spark's generated code to call. */
final class StaticMethods {

    private StaticMethods() {
    }

    /** The method {@code reference} names, which takes {@code doubles} double arguments. */
    static Method of(Serializable reference, int doubles) {
        try {
            Method writeReplace = reference.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(reference);
            if (lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeStatic) {
                throw new IllegalStateException("kernel must be a static method reference: " + lambda);
            }
            Class<?> owner = Class.forName(lambda.getImplClass().replace('/', '.'), false,
                    reference.getClass().getClassLoader());
            Class<?>[] types = new Class<?>[doubles];
            Arrays.fill(types, double.class);
            return owner.getMethod(lambda.getImplMethodName(), types);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("kernel is not a method reference to a public static method", e);
        }
    }
}
