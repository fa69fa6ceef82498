#!/usr/bin/env bash
# Issue 14: every benchmark and size, with floors and peers, in one run (short settings: one fork,
# one warm-up and two measured iterations of 1 s, GC profiler for the bytes allocated per op),
# then the end-to-end run of `fivetype assess` on 10 M observation rows with its floor.
#   benchmarks/run-all.sh [name]        (default name: issue-14)
# Writes benchmarks/results/<name>.json (kernel, map peer), <name>-composite.json, <name>-drools.json (one shot
# per size: an operation takes seconds), <name>-assess-10m.txt, <name>-all.json (the three
# together), <name>-table.md (the tables of benchmarks/README.md, printed by ResultsTable) and <name>-load.txt (uptime before and after
# each part). About 25 minutes on a quiet 2-core machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:-issue-14}"
out="$root/benchmarks/results"
jar="$root/benchmarks/target/benchmarks.jar"
cd "$root"
mvn -B -q -o -pl benchmarks,cli -am package -DskipTests
load() { echo "$1: $(date -u +%H:%M:%S) $(uptime)" | tee -a "$out/$name-load.txt"; }
: > "$out/$name-load.txt"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GB; $(java -version 2>&1 | head -1)" \
  | tee -a "$out/$name-load.txt"
short=(-f 1 -wi 1 -w 1 -i 2 -r 1 -prof gc -foe true)
load "kernel start"
java -jar "$jar" 'org.fivetype.benchmarks.(Absolute|Relative|Tiering|Explanations|Compile|MapPeer)Benchmark' \
  "${short[@]}" -rf json -rff "$out/$name.json"
load "kernel end, composite start"
# the composite benchmark's own settings (first-run shots stay first runs), one fork
java -jar "$jar" 'org.fivetype.benchmarks.CompositeBenchmark' -f 1 -prof gc -foe true \
  -rf json -rff "$out/$name-composite.json"
load "composite end, drools start"
java -jar "$jar" 'org.fivetype.benchmarks.DroolsPeerBenchmark' -f 1 -wi 0 -i 1 -bm ss -foe true \
  -rf json -rff "$out/$name-drools.json"
load "drools end, assess-10m start"
RUNS=2 benchmarks/assess-10m.sh 2>&1 | tee "$out/$name-assess-10m.txt"
load "assess-10m end"
# one table over the three files, so that the peers' ratios find the kernel's figures
python3 -c 'import json,sys; print(json.dumps(sum((json.load(open(f)) for f in sys.argv[1:]), [])))' \
  "$out/$name.json" "$out/$name-composite.json" "$out/$name-drools.json" > "$out/$name-all.json"
java -cp "$jar" org.fivetype.benchmarks.ResultsTable "$out/$name-all.json" > "$out/$name-table.md"
echo "tables in $out/$name-table.md"
