# Shared by the bin/ scripts (sourced, not run): the repository root, the JVM flags, and a build when sources changed.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The value of a key of jvm.properties, the one source of the JVM flags.
jvm_property() {
  sed -n "s/^$1=//p" "$root/jvm.properties"
}

# What Spark needs on Java 17, and the Vector API module the SIMD kernels use.
JVM_OPENS="$(jvm_property jvm.opens)"
JVM_VECTOR="$(jvm_property jvm.vector)"

# build_if_stale SCRIPT MARKER MODULE PATH...: packages MODULE (and what it needs) with Maven, tests skipped, unless
# MARKER is newer than every file under the PATHs (relative to the root); then touches MARKER.
build_if_stale() {
  local script="$1" marker="$2" module="$3"
  shift 3
  local paths=()
  for p in "$@"; do paths+=("$root/$p"); done
  if [ ! -f "$marker" ] || [ -n "$(find "${paths[@]}" -newer "$marker" -type f -print -quit 2>/dev/null)" ]; then
    echo "$script: building (first run, or sources changed) ..." >&2
    (cd "$root" && mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -pl "$module" -am package 2>&1 \
      | sed 's/\x1b\[[0-9;]*m//g') >&2
    touch "$marker"
  fi
}
