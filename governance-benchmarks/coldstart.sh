#!/usr/bin/env bash
# Cold start of the engine: GovernanceEngine.builder().build(), reading the Jin'an hierarchy and the
# first routing decision, in a fresh JVM each time. Runs ColdStart from the benchmark jar RUNS times
# (5 by default) and prints each run's milliseconds since JVM start, the median and the range.
#
#   mvn -B -q -Pbenchmarks -pl governance-benchmarks -am package -DskipTests
#   governance-benchmarks/coldstart.sh [RUNS] [--cds]
#
# --cds first writes an application class-data archive (AppCDS) of the classes one cold start loads
# (-XX:ArchiveClassesAtExit, JDK 13+) and then measures the runs with it (-XX:SharedArchiveFile): a
# deployment option for hosts, not the default.
# JAR=other.jar compares another build; JAVA=/path/to/java another JDK; JAVA_OPTS adds JVM options.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/target/benchmarks.jar}"
java="${JAVA:-java}"
runs=5
cds=0
for arg in "$@"; do
  case "$arg" in
    --cds) cds=1 ;;
    *[!0-9]* | "")
      echo "usage: coldstart.sh [RUNS] [--cds], got $arg" >&2
      exit 2
      ;;
    *) runs="$arg" ;;
  esac
done
if [[ ! -f "$jar" ]]; then
  echo "no $jar: build it with mvn -B -q -Pbenchmarks -pl governance-benchmarks -am package -DskipTests" >&2
  exit 1
fi
read -r -a opts <<<"${JAVA_OPTS:-}"
opts+=(-Dorg.slf4j.simpleLogger.defaultLogLevel=error)
"$java" -version 2>&1 | head -1
if ((cds)); then
  archive="$(dirname "$jar")/coldstart.jsa"
  rm -f "$archive"
  "$java" -XX:ArchiveClassesAtExit="$archive" "${opts[@]}" -cp "$jar" org.gridgov.benchmarks.ColdStart >/dev/null 2>&1
  echo "class-data archive: $archive ($(du -h "$archive" | cut -f1))"
  opts+=(-XX:SharedArchiveFile="$archive")
fi
times=()
for ((i = 1; i <= runs; i++)); do
  out="$("$java" "${opts[@]}" -cp "$jar" org.gridgov.benchmarks.ColdStart)"
  built="$(awk '/^engine-built-ms/ {print $2}' <<<"$out")"
  first="$(awk '/^first-decision-ms/ {print $2}' <<<"$out")"
  echo "run $i: engine built at ${built} ms, first routing decision at ${first} ms since JVM start"
  times+=("$first")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" '
  {a[NR] = $1}
  END {
    median = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "median first routing decision: %s ms since JVM start (%d runs, min %s, max %s)\n", median, runs, a[1], a[NR]
  }'
