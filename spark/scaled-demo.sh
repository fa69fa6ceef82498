#!/usr/bin/env bash
# Runs the demo city scaled up on Spark local[2] (docs/spark.md):
#   spark/scaled-demo.sh [units=100000] [work-dir=spark/target/scaled-demo] [csv|parquet]
#   spark/scaled-demo.sh --throughput [ballots=10000000] [work-dir]   (the documented run)
# Builds the spark module and what it needs in this reactor (no install), then starts java with
# the --add-opens flags Spark needs on Java 17, taken from spark/pom.xml (spark.java17.opens).
# JAVA_OPTS (default -Xmx4g) sizes the local driver, which is also the executor.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
main=org.fivetype.spark.examples.ScaledDemoJob
if [[ "${1:-}" == "--throughput" ]]; then
  main=org.fivetype.spark.examples.BallotThroughput
  shift
fi
mvn -B -q -pl spark -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' spark/pom.xml)"
# shellcheck disable=SC2086 # the flags are separate words
exec java $opens ${JAVA_OPTS:--Xmx4g} -Dlog4j2.configurationFile=spark/log4j2-demo.properties -cp "spark/target/classes:$(cat spark/target/classpath.txt)" "$main" "$@"
