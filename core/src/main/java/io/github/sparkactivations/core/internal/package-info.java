/**
 * The numerical machinery behind the kernels, not API: double-double arithmetic ({@link
 * io.github.sparkactivations.core.internal.DoubleDouble}, {@link io.github.sparkactivations.core.internal.Sums}),
 * exact sums, exps and logs in double-double, the scaled complementary error function and the near-root
 * polynomials. Public only so that the kernel families ({@code kernels}, {@code softmax}, {@code arrays}) and their
 * SIMD forms ({@code simd}) can share it: on Spark's class path a package cannot be hidden, so the line is drawn
 * here, by name, and tested ({@code ApiBoundaryTest}: no public method of an API
 * package takes or returns one of these types). Anything here may change in any release.
 */
package io.github.sparkactivations.core.internal;
