#!/usr/bin/env bash
# Load test of the public pages (issue 13) with Gatling against the jar on PostgreSQL, the national bundle imported
# through the web import. A benchmark: it prints figures and the targets' assertions, and never fails on a slow
# machine. Loopback only.
#
#   bench/load/public-pages.sh [READERS] [SECONDS]        (defaults 50 and 60)
#
# Needs a PostgreSQL 15+ database given as for production (app/README.md), empty or (SKIP_IMPORT=1) holding the
# national bundle already, e.g.
#   PARINDEX_DB_URL=jdbc:postgresql://127.0.0.1:5432/parindex PARINDEX_DB_USER=parindex PARINDEX_DB_PASSWORD=…
# and the built jar (./mvnw -q -B -pl app -am package -DskipTests). PORT (default 18096): where the jar listens;
# JAR (default app/target/parindex.jar): the jar to measure; JAR_ARGS: more arguments for it (e.g.
# --parindex.page-cache.max-bytes=…). UNITS=N: only the first N units of 2025 in the feeder
# (default all 3,321). NO_WARM=1: no warm-up (by default every unit page of the feeder is viewed once before the run,
# so that the run measures pages kept in memory; the warm-up's time is printed: it is what first views cost).
# Steps: writes the national bundle (parindex demo --national) under bench/target/load/ and the list of its units
# of 2025 (the simulation's feeder); starts the jar with the README's production heap flags (-Xms256m -Xmx512m
# -XX:+UseG1GC) and GC logging; unless SKIP_IMPORT=1, logs in as admin, uploads the zip, confirms the import and
# times it; samples the heap every second (jcmd GC.heap_info) while it runs PublicPagesSimulation (bench/load,
# Gatling: READERS readers of the ranking of 2025, its overview and unit pages, for SECONDS after a 5 s ramp);
# prints Gatling's figures, the load average, the most heap used (sampled, and before any GC in the GC log), and
# stops the jar. Gatling's HTML report: bench/load/target/gatling/. IMPORT_ONLY=1 stops after the import (its time
# and the phases the jar logged).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
readers=${1:-50}
seconds=${2:-60}
port=${PORT:-18096}
jarfile=${JAR:-$root/app/target/parindex.jar}
base="http://127.0.0.1:$port"
out="$root/bench/target/load"
mkdir -p "$out"
rm -rf "$out/national" "$out/national.zip"
"$root/parindex" demo --national "$out/national" >/dev/null
(cd "$out/national" && zip -qr ../national.zip .)
{ echo unit; awk -F, -v max="${UNITS:-100000}" 'NR > 1 && $5 == "" && n++ < max { print $1 }' \
  "$out/national/units.csv"; } > "$out/units.csv"
if curl -s -o /dev/null "$base/login"; then
  echo "something already listens on port $port: stop it or choose another PORT" >&2
  exit 1
fi

(cd "$out" && exec java -Xms256m -Xmx512m -XX:+UseG1GC -Xlog:gc:file="$out/gc.log" -jar "$jarfile" serve \
  --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 ${JAR_ARGS:-} \
  > "$out/server.log" 2>&1) &
pid=$!
sampler=
trap 'kill $sampler 2>/dev/null || true; kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$base/login" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "the jar did not start: $out/server.log" >&2; exit 1; }
  sleep 1
done
: > "$out/heap.txt"
(while kill -0 "$pid" 2>/dev/null; do
  jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 >> "$out/heap.txt"
  sleep 1
done) &
sampler=$!

jar=$(mktemp)
if [ -z "${SKIP_IMPORT:-}" ]; then   # SKIP_IMPORT=1: the database holds the national bundle already
csrf() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=admin-demo" \
  --data-urlencode "_csrf=$(csrf /login)" "$base/login"
prepare=$(date +%s.%N)
token=$(curl -s -c "$jar" -b "$jar" -F "file=@$out/national.zip" -F "_csrf=$(csrf /admin/bundles)" \
  "$base/admin/bundles/preview" | grep -o 'name="token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
start=$(date +%s.%N)
echo "upload, check and preview of the national bundle (prepare step): $(echo "$start - $prepare" | bc) s"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "token=$token" --data-urlencode "_csrf=$(csrf /admin/bundles)" \
  "$base/admin/bundles/import"
echo "import of the national bundle (apply step): $(echo "$(date +%s.%N) - $start" | bc) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -o 'BundleImport *: .*' "$out/server.log" | tail -1   # the apply step's phases, as the jar logged them
fi
if [ -n "${IMPORT_ONLY:-}" ]; then   # IMPORT_ONLY=1: measure the import, no load test
  exit 0
fi
rm -f "$jar"
for page in /results/2025 /results/2025/overview "/units/$(sed -n 2p "$out/units.csv")?period=2025"; do
  curl -s -o /dev/null -w "$page: %{http_code}, %{size_download} bytes" "$base$page"
  curl -s -o /dev/null --compressed -w ", gzip %{size_download} bytes\n" "$base$page"
done

if [ -z "${NO_WARM:-}" ]; then   # every page of the run viewed once (2 at a time): the run measures kept pages
  start=$(date +%s.%N)
  tail -n +2 "$out/units.csv" | xargs -P 2 -I{} curl -s -o /dev/null --compressed "$base/units/{}?period=2025"
  echo "warm-up: $(($(wc -l < "$out/units.csv") - 1)) unit pages viewed once in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/mvnw" -o -B -f "$root/bench/load/pom.xml" gatling:test -Dgatling.failOnError=false \
  -Dgatling.simulationClass=org.parindex.load.PublicPagesSimulation -Dbase="$base" -Dperiod=2025 \
  -Dunits="$out/units.csv" -Dreaders="$readers" -Dseconds="$seconds" > "$out/gatling.log" 2>&1 || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
sed -n '/---- Global Information/,/^=====/p' "$out/gatling.log"
grep -E '^Global: ' "$out/gatling.log" || echo "no assertion results: see $out/gatling.log"
kill $sampler 2>/dev/null || true
echo "max heap used: sampled every second $(sort -n "$out/heap.txt" | tail -1 | awk '{printf "%d MB", $1/1024}');" \
  "before any GC (gc.log) $(grep -o '[0-9]*M->' "$out/gc.log" | sed 's/M->//' | sort -n | tail -1) MB; -Xmx512m"
kill "$pid"
wait "$pid" 2>/dev/null || true
