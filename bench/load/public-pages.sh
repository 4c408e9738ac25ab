#!/usr/bin/env bash
# Load test of the public pages against the jar on PostgreSQL, with the national bundle imported through the web
# import (a benchmark: it prints figures and never fails on a slow machine). Loopback only.
#
#   bench/load/public-pages.sh [READERS] [SECONDS]
#
# Needs a PostgreSQL 15+ with an empty database, given as for production (app/README.md), e.g.
#   PARINDEX_DB_URL=jdbc:postgresql://127.0.0.1:5432/parindex PARINDEX_DB_USER=parindex PARINDEX_DB_PASSWORD=…
# and the built jar (./mvnw -q -B -pl app -am package -DskipTests). PORT (default 18096) is where the jar listens.
# Steps: writes the national bundle (parindex demo --national) and zips it under bench/target/load/; starts the jar
# (first start: the Hải Lăng demo and its accounts) with the heap of the README's production section; logs in as admin,
# uploads the zip, confirms the import and times it; then runs PublicPagesLoad twice on the ranking of 2025 (3,321
# rows), its overview and the Hải Lăng overview: READERS (default 50) concurrent readers without a cache, then
# revalidating with If-None-Match; prints the jar's heap use (jcmd GC.heap_info) and stops the jar. IMPORT_ONLY=1 stops
# after the import (its time and the phases the jar logged).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
readers=${1:-50}
seconds=${2:-30}
port=${PORT:-18096}
base="http://127.0.0.1:$port"
out="$root/bench/target/load"
mkdir -p "$out"
rm -rf "$out/national" "$out/national.zip"
"$root/parindex" demo --national "$out/national" >/dev/null
(cd "$out/national" && zip -qr ../national.zip .)

(cd "$out" && exec java -Xms256m -Xmx512m -XX:+UseG1GC -jar "$root/app/target/parindex.jar" serve \
  --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 > "$out/server.log" 2>&1) &
for _ in $(seq 1 120); do
  curl -fs "$base/login" >/dev/null 2>&1 && break
  sleep 1
done
pid=$(pgrep -f "parindex.jar serve --spring.profiles.active=postgres --server.port=$port" | head -1)
trap 'kill "$pid" 2>/dev/null || true' EXIT

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
curl -s -o /dev/null -w "ranking of 2025: %{http_code}, %{size_download} bytes\n" "$base/results/2025"

paths=(/results/2025 /results/2025/overview /results/2023-H1/overview)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$root/bench/load/PublicPagesLoad.java" "$base" "$readers" "$seconds" "${paths[@]}"
java "$root/bench/load/PublicPagesLoad.java" "$base" "$readers" "$seconds" --revalidate "${paths[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
jcmd "$pid" GC.heap_info | head -3
