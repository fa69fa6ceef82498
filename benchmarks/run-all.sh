#!/usr/bin/env bash
# Issue 14: every benchmark and size, with floors and peers, then the end-to-end run of
# `fivetype assess` on 10 M observation rows with its floor. Settings: one fork, six warm-up and
# three measured iterations of 2 s, the GC profiler (bytes allocated per op). (One warm-up second
# was too short: AbsoluteBenchmark.assess at 10^5 units took 48-70 ms/op in its first five 2-s
# iterations and 25 ms from the sixth on, RelativeBenchmark.assess 224-298 ms in its first five and
# 51 ms from the sixth, as the JIT settled (C2 compiled the rank sorting only then); JMH_SHORT=1 brings the
# short settings back.)
#   benchmarks/run-all.sh [name [part...]]      (default name: issue-14; default parts: all)
# Parts, each written as soon as it ends to benchmarks/results/<name>-<part>.json (so that a run
# cut short keeps what it finished): absolute relative tiering explanations compile mappeer
# composite (its own settings: first-run shots stay first runs) drools (one shot per operation:
# one takes seconds) assess10m (<name>-assess10m.txt: ReadFloor twice, then RUNS=2 runs).
# Then <name>-all.json (every part found) and <name>-table.md (ResultsTable: the tables of
# benchmarks/README.md); <name>-load.txt has `uptime` before and after each part.
# SIZES=10000,100000 limits the units of the kernel parts; SKIP_BUILD=1 reuses the built jars.
# About 25-30 minutes on a quiet 2-core machine for every part.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:-issue-14}"
shift || true
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(absolute relative tiering explanations compile mappeer composite drools assess10m)
out="$root/benchmarks/results"
jar="$root/benchmarks/target/benchmarks.jar"
cd "$root"
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -o -pl benchmarks,cli -am package -DskipTests
load() { echo "$1: $(date -u +%H:%M:%S) $(uptime)" | tee -a "$out/$name-load.txt"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GB; $(java -version 2>&1 | head -1)" \
  | tee -a "$out/$name-load.txt"
short=(-f 1 -wi 6 -w 2 -i 3 -r 2 -prof gc -foe true)
[ "${JMH_SHORT:-0}" != 1 ] || short=(-f 1 -wi 1 -w 1 -i 2 -r 1 -prof gc -foe true)
echo "settings: ${short[*]}" | tee -a "$out/$name-load.txt"
sizes=()
[ -z "${SIZES:-}" ] || sizes=(-p "units=$SIZES")
for part in "${parts[@]}"; do
  load "$part start"
  case "$part" in
    absolute|relative|tiering|explanations|compile|mappeer)
      class="$(sed -E 's/^mappeer$/MapPeer/; s/^(.)/\U\1/' <<< "$part")Benchmark"
      p=("${sizes[@]}")
      [ "$part" != compile ] || p=()
      java -jar "$jar" "org.fivetype.benchmarks.$class" "${short[@]}" "${p[@]}" -rf json -rff "$out/$name-$part.json" ;;
    composite)
      java -jar "$jar" 'org.fivetype.benchmarks.CompositeBenchmark' -f 1 -prof gc -foe true -rf json -rff "$out/$name-$part.json" ;;
    drools)
      java -jar "$jar" 'org.fivetype.benchmarks.DroolsPeerBenchmark' -f 1 -wi 0 -i 1 -bm ss -foe true -rf json -rff "$out/$name-$part.json" ;;
    assess10m)
      RUNS="${RUNS:-2}" benchmarks/assess-10m.sh 2>&1 | tee "$out/$name-assess10m.txt" ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
  load "$part end"
done
# one table over every part found, so that the peers' ratios find the kernel's figures
python3 -c 'import json,sys; print(json.dumps(sum((json.load(open(f)) for f in sys.argv[1:]), [])))' \
  $(ls "$out/$name"-*.json | grep -v -- "-all.json") > "$out/$name-all.json"
java -cp "$jar" org.fivetype.benchmarks.ResultsTable "$out/$name-all.json" > "$out/$name-table.md"
echo "tables in $out/$name-table.md"
