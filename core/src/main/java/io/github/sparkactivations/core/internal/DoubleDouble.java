package io.github.sparkactivations.core.internal;

/** An unevaluated sum {@code hi + lo} with {@code |lo| <= ulp(hi) / 2}: about 106 bits of precision. */
public record DoubleDouble(double hi, double lo) {
}
