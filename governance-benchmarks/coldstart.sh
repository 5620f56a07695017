#!/usr/bin/env bash
# Cold start of the engine: GovernanceEngine.builder().build() and the first routing decision, in
# a fresh JVM each time. Runs ColdStart from the benchmark jar RUNS times (5 by default) and prints
# each run's milliseconds since JVM start and the median.
#
#   mvn -B -q -Pbenchmarks -pl governance-benchmarks -am package -DskipTests
#   governance-benchmarks/coldstart.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
runs="${1:-5}"
java="${JAVA:-java}"
if [[ ! -f "$jar" ]]; then
  echo "no $jar: build it with mvn -B -q -Pbenchmarks -pl governance-benchmarks -am package -DskipTests" >&2
  exit 1
fi
"$java" -version 2>&1 | head -1
times=()
for ((i = 1; i <= runs; i++)); do
  out="$("$java" -cp "$jar" -Dorg.slf4j.simpleLogger.defaultLogLevel=error org.gridgov.benchmarks.ColdStart)"
  built="$(awk '/^engine-built-ms/ {print $2}' <<<"$out")"
  first="$(awk '/^first-decision-ms/ {print $2}' <<<"$out")"
  echo "run $i: engine built at ${built} ms, first routing decision at ${first} ms since JVM start"
  times+=("$first")
done
median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}')"
echo "median first routing decision: ${median} ms since JVM start (${runs} runs)"
