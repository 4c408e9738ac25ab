#!/usr/bin/env bash
# Load test of sheet saves (issue 13): OFFICERS officers of as many units save their self-assessment at once, against
# the jar on PostgreSQL with the README's production heap; then checks that the stored totals equal a recomputation
# and that the audit holds every accepted save. A benchmark: it prints figures and PASS/FAIL lines, and never fails
# on a slow machine. Loopback only.
#
#   bench/load/sheet-saves.sh [OFFICERS] [SECONDS] [RELOAD]
#
# OFFICERS (default 200), SECONDS of saving (default 60), RELOAD (default false: the save requests one after another;
# true: after each save the officer loads the sheet it is redirected to, as a browser does; see SheetSavesSimulation).
# Needs a PostgreSQL 15+ database given as for production (app/README.md), e.g.
#   PARINDEX_DB_URL=jdbc:postgresql://127.0.0.1:5432/parindex PARINDEX_DB_USER=parindex PARINDEX_DB_PASSWORD=…
# (empty, or left by an earlier run of this script), psql, and the built jar and command line
# (./mvnw -q -B -pl app -am package -DskipTests). PORT (default 18130) is where the jar listens; JAVA_EXTRA adds JVM
# options to the jar's (e.g. JAVA_EXTRA=-XX:StartFlightRecording=filename=saves.jfr to profile the run); RAMP the
# seconds over which the officers log in (default OFFICERS / 2; the saving starts when all are in).
# Steps:
# 1. starts the jar with -Xms256m -Xmx512m -XX:+UseG1GC (and a GC log), samples its heap each second (jcmd);
# 2. on the first run: imports the national bundle (parindex demo --national, the web import as an admin), opens
#    period LOAD on the national framework for OFFICERS current units (every 16th of the 3,321) and moves it to
#    self-assessment (the period pages), creates one unit officer per unit (the users page: officer001…);
# 3. runs SheetSavesSimulation (Gatling, bench/load/pom.xml); its report lands in bench/load/target/gatling/;
# 4. verifies: exports period LOAD as a bundle (the admin export), recomputes it with `parindex score --stage self`
#    and compares every unit's points and index with the stored totals (sheet_totals); counts the audit entries of
#    self-scores written during the run against Gatling's accepted saves, and checks that every stored value is the
#    last one its audit trail records;
# 5. prints saves/s (accepted saves / SECONDS), p50/p95/p99, errors, the heap's maximum use, and stops the jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
officers=${1:-200}
seconds=${2:-60}
reload=${3:-false}
port=${PORT:-18130}
base="http://127.0.0.1:$port"
out="$root/bench/target/saves"
period=LOAD
password=load-test-pass
mkdir -p "$out"
for f in "$root/app/target/parindex.jar" "$root/app/target/cli/parindex-cli.jar"; do
  [ -f "$f" ] || { echo "missing $f: run ./mvnw -q -B -pl app -am package -DskipTests" >&2; exit 2; }
done
: "${PARINDEX_DB_URL:?set PARINDEX_DB_URL (and PARINDEX_DB_USER, PARINDEX_DB_PASSWORD), see the header}"
# psql from the JDBC URL: jdbc:postgresql://HOST:PORT/DB
hostport=${PARINDEX_DB_URL#jdbc:postgresql://}; db=${hostport#*/}; db=${db%%\?*}; hostport=${hostport%%/*}
sql() { PGPASSWORD="${PARINDEX_DB_PASSWORD:-}" psql -X -q -t -A -h "${hostport%%:*}" -p "${hostport##*:}" \
  -U "${PARINDEX_DB_USER:-postgres}" -d "$db" -c "$1"; }

if curl -s -o /dev/null "$base/login"; then echo "something answers on port $port already: stop it first" >&2; exit 2; fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$out" && exec java -Xms256m -Xmx512m -XX:+UseG1GC -Xlog:gc:file="$out/gc.log" ${JAVA_EXTRA:-} -jar "$root/app/target/parindex.jar" \
  serve --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 > "$out/server.log" 2>&1) &
for _ in $(seq 1 180); do
  curl -fs "$base/login" >/dev/null 2>&1 && break
  sleep 1
done
pid=$(pgrep -f "parindex.jar serve --spring.profiles.active=postgres --server.port=$port" | sed -n 1p)
sampler=
trap 'kill $sampler 2>/dev/null || true; kill "$pid" 2>/dev/null || true' EXIT
# The heap in use each second (KB), until the jar stops.
(while kill -0 "$pid" 2>/dev/null; do
  jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' || true
  sleep 1
done > "$out/heap.txt") &
sampler=$!

jar="$out/admin.cookies"
rm -f "$jar"
# (Readers that stop early would break the pipe under pipefail: sed -n reads to the end.)
csrf() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}'; }
post() { local path=$1; shift; curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "$@" "$base$path"; }
post /login --data-urlencode "username=admin" --data-urlencode "password=admin-demo" \
  --data-urlencode "_csrf=$(csrf /login)" >/dev/null

if [ "$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base/assessments/$period")" != 200 ]; then
  rm -rf "$out/national" "$out/national.zip"
  "$root/parindex" demo --national "$out/national" >/dev/null
  (cd "$out/national" && zip -qr ../national.zip .)
  token=$(curl -s -c "$jar" -b "$jar" -F "file=@$out/national.zip" -F "_csrf=$(csrf /admin/bundles)" \
    "$base/admin/bundles/preview" | grep -o 'name="token" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}')
  post /admin/bundles/import --data-urlencode "token=$token" --data-urlencode "_csrf=$(csrf /admin/bundles)" >/dev/null
  # Every 16th current unit of the national list, so that the officers' units lie across the provinces.
  awk -F, 'NR > 1 && $5 == "" {print $1}' "$out/national/units.csv" | awk -v n="$officers" 'NR % 16 == 1 && ++k <= n' \
    > "$out/units.txt"
  framework=$(curl -s -b "$jar" "$base/assessments" | grep -o '<option value="[0-9]*"[^>]*>[^<]*toàn quốc' \
    | sed -n '1s/<option value="\([0-9]*\)".*/\1/p')
  args=()
  while read -r u; do args+=(--data-urlencode "units=$u"); done < "$out/units.txt"
  echo "open period $period: $(post /assessments/open --data-urlencode "code=$period" \
    --data-urlencode "name=Kiểm thử tải (load test)" --data-urlencode "framework=$framework" "${args[@]}" \
    --data-urlencode selfDue=2099-06-30 --data-urlencode round1Due=2099-07-31 \
    --data-urlencode explanationsDue=2099-08-31 --data-urlencode round2Due=2099-09-30 \
    --data-urlencode "_csrf=$(csrf /assessments)")"
  version=$(curl -s -b "$jar" "$base/assessments/$period" | grep -A3 "action=\"/assessments/$period/advance\"" \
    | grep -o 'name="version" value="[0-9]*"' | sed -n 1p | tr -dc 0-9)
  echo "to self-assessment: $(post "/assessments/$period/advance" --data-urlencode "version=$version" \
    --data-urlencode confirm=yes --data-urlencode "_csrf=$(csrf "/assessments/$period")")"
  token=$(csrf /admin/users)
  i=0
  while read -r u; do
    i=$((i + 1))
    post /admin/users --data-urlencode "username=$(printf 'officer%03d' "$i")" --data-urlencode "displayName=Cán bộ $i" \
      --data-urlencode "password=$password" --data-urlencode role=UNIT_OFFICER --data-urlencode "unitCode=$u" \
      --data-urlencode "_csrf=$token"
    echo
  done < "$out/units.txt" | sort | uniq -c | sed 's/^/accounts created (count, status): /'
fi
(echo username,unit; i=0; head -"$officers" "$out/units.txt" | while read -r u; do
  i=$((i + 1)); printf 'officer%03d,%s\n' "$i" "$u"; done) > "$out/officers.csv"

mark=$(sql "SELECT COALESCE(MAX(id), 0) FROM audit_entries")
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
(cd "$root" && ./mvnw -q -B -o -f bench/load/pom.xml gatling:test \
  -Dgatling.simulationClass=org.parindex.load.SheetSavesSimulation -Dbase="$base" -Dperiod="$period" \
  -Dofficers="$out/officers.csv" -Dpassword="$password" -Dseconds="$seconds" -Dreload="$reload" -Dramp="${RAMP:-$((officers / 2))}") > "$out/gatling.txt" 2>&1
set -e
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
sed -n '/^---- Global Information/,/^====/p' "$out/gatling.txt" | sed -n 1,30p
grep -E '^(save|Global):' "$out/gatling.txt" || true
run=$(ls -td "$root"/bench/load/target/gatling/sheetsavessimulation-* | sed -n 1p)
# Gatling's figures of the "save" request: accepted and failed count, p50, p95, p99 (percentiles1..4 = 50/75/95/99).
read -r ok ko p50 p95 p99 < <(python3 - "$run/js/stats.js" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
block = re.search(r'name: "save".*?stats: \{(.*?)"group1"', text, re.S).group(1)
def ok(key):
    return re.search(r'"%s": \{\s*"total": "[^"]*",\s*"ok": "([^"]*)",\s*"ko": "([^"]*)"' % key, block, re.S)
n = ok("numberOfRequests")
print(n.group(1), n.group(2), ok("percentiles1").group(1), ok("percentiles3").group(1), ok("percentiles4").group(1))
EOF
)
failed=$(python3 -c "import re,sys; t=open(sys.argv[1]).read(); print(re.search(r'name: \"All Requests\".*?\"numberOfRequests\": \{\s*\"total\": \"[^\"]*\",\s*\"ok\": \"[^\"]*\",\s*\"ko\": \"([^\"]*)\"', t, re.S).group(1))" "$run/js/stats.js")
echo "saves accepted: $ok, saves failed: $ko, failed requests (all): $failed"
echo "saves/s (accepted / $seconds s): $(echo "scale=1; $ok / $seconds" | bc)"
echo "save response time (ms): p50 $p50, p95 $p95, p99 $p99"

# The audit holds every accepted save: each save changes one item's value, so one score.self entry per save.
audited=$(sql "SELECT COUNT(*) FROM audit_entries WHERE id > $mark AND action = 'score.self' AND period_code = '$period'")
if [ "$audited" = "$ok" ]; then echo "PASS audit: $audited entries for $ok accepted saves"
else echo "FAIL audit: $audited entries for $ok accepted saves ($ko failed)"; fi
# Every stored value is the new value of the last audit entry of its item.
differ=$(sql "SELECT COUNT(*) FROM scores s JOIN (SELECT DISTINCT ON (unit_code, node_code) unit_code, node_code,
  new_value FROM audit_entries WHERE period_code = '$period' AND action = 'score.self'
  ORDER BY unit_code, node_code, id DESC) a USING (unit_code, node_code)
  WHERE s.period_code = '$period' AND s.stage = 'self' AND s.score_value IS DISTINCT FROM a.new_value")
items=$(sql "SELECT COUNT(*) FROM scores WHERE period_code = '$period' AND stage = 'self'")
if [ "$differ" = 0 ]; then echo "PASS audit trail: the last entry of each of $items stored items is its value"
else echo "FAIL audit trail: $differ of $items stored items differ from their last audit entry"; fi

# The stored totals equal a recomputation by core from the exported bundle.
curl -s -b "$jar" -o "$out/export.zip" "$base/admin/bundles/export?period=$period"
PARINDEX_CLI_OPTS=-Xmx1g "$root/parindex" score "$out/export.zip" --period "$period" --stage self --format csv \
  > "$out/recomputed.csv"
sql "SELECT unit_code, points, index_pct FROM sheet_totals WHERE period_code = '$period' AND stage = 'self'" \
  > "$out/stored.txt"
python3 - "$out/recomputed.csv" "$out/stored.txt" <<'EOF'
import csv, sys
recomputed = {r["unit"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
stored = [line.split("|") for line in open(sys.argv[2]) if line.strip()]
# The command line writes the framework's decimals (rounded half up): the stored figure must lie within half a
# unit of the last decimal of what it wrote.
decimals = max(len(r["points"].partition(".")[2]) for r in recomputed.values())
half = 0.5 * 10 ** -decimals + 1e-9
bad = []
for unit, points, index in stored:
    r = recomputed.get(unit)
    if r is None or abs(float(points) - float(r["points"])) > half or abs(float(index) - float(r["index"])) > half:
        bad.append((unit, points.strip(), index.strip(), r and (r["points"], r["index"])))
if stored and not bad:
    print(f"PASS totals: {len(stored)} units' stored points and index equal parindex score ({decimals} decimals)")
else:
    print(f"FAIL totals: {len(bad)} of {len(stored)} units differ, e.g. {bad[:3]}")
EOF

kill "$sampler" 2>/dev/null || true
max=$(sort -n "$out/heap.txt" | tail -1)
gcmax=$(grep -o '[0-9]*M->' "$out/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
echo "heap used, max of the samples each second (jcmd GC.heap_info): $((max / 1024)) MB; before a GC (gc.log): ${gcmax} MB (-Xmx512m)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
