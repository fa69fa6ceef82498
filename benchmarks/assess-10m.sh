#!/usr/bin/env bash
# The speed run of issue 5: `fivetype assess` on ~10 million observation rows
# (100,000 units × 100 indicators, CSV), all four outputs, at most 4 GB of heap.
#   benchmarks/assess-10m.sh [workdir]     (default workdir: benchmarks/target/assess-10m)
# Generates the inputs once (fivetype demo --inputs-only --scale 100000 --indicators 100: the
# default rule set padded with 43 rate indicators to 100, synthetic values, about 1 % of cells
# left empty as missing evidence), measures the floor (ReadFloor: the same bytes read once and
# every number in them parsed once, nothing else), then times assess RUNS times (default 3)
# with /usr/bin/time; --verbose prints the phases (read, assess, write) of each run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$root/benchmarks/target/assess-10m}"
mkdir -p "$work"
export JAVA_OPTS="${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}"
if [ ! -f "$work/in/observations.csv" ]; then
  "$root/bin/fivetype" demo --inputs-only --inputs "$work/in" --scale 100000 --indicators 100
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
echo "rows: $(($(wc -l < "$work/in/observations.csv") - 1)), $(du -h "$work/in/observations.csv" | cut -f1)"
bench="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench" ]; then
  (cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests) >&2
fi
for run in 1 2; do
  /usr/bin/time -f "floor $run: %e s wall, %U s user, max RSS %M KB" \
    java -cp "$bench" org.fivetype.benchmarks.ReadFloor "$work/in/units.csv" "$work/in/observations.csv"
done
for run in $(seq 1 "${RUNS:-3}"); do
  rm -rf "$work/out"
  echo "run $run: load before $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s sys, max RSS %M KB" \
    "$root/bin/fivetype" assess --rules "$work/in/rules.json" --units "$work/in/units.csv" \
      --observations "$work/in/observations.csv" --year 2024 --out "$work/out" --verbose > /dev/null
  echo "run $run: load after $(cut -d' ' -f1-3 /proc/loadavg)"
done
ls -l "$work/out"
