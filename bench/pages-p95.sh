#!/usr/bin/env bash
# Latency of the analysis pages and API on a running app (demo data): N requests each, p50 and p95 in ms.
# Usage: bench/pages-p95.sh [BASE_URL] [N]   (default http://localhost:8080, 50). Needs curl.
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-50}
JAR=$(mktemp -d)/cookies
login() {  # $1 user, $2 password
  local token
  token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$BASE/login"
}
csrf() {
  curl -s -b "$JAR" "$BASE/units/hai-truong?period=2023-H1" | grep -o 'id="whatif-csrf"[^>]*\|name="_csrf" value="[^"]*"' \
    | grep -o 'value="[^"]*"' | head -1 | sed 's/value="//;s/"$//'
}
measure() {  # $1 label, then curl arguments
  local label=$1; shift
  local times=()
  for _ in $(seq "$N"); do
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR" "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -k2 -g | awk -v label="$label" '
    { if ($1 >= 400) bad++; t[NR] = $2 * 1000 }
    END { printf "%-34s errors %d  p50 %6.1f ms  p95 %6.1f ms\n", label, bad, t[int(NR*0.5)], t[int(NR*0.95)] }'
}
login can-bo-hai-truong can-bo-demo
TOKEN=$(csrf)
measure "unit page (officer)" "$BASE/units/hai-truong?period=2023-H1"
measure "explain API" "$BASE/api/v1/units/hai-truong/explain?period=2023-H1"
measure "targets API" "$BASE/api/v1/units/hai-truong/targets?period=2023-H1"
measure "what-if API (4 items)" -H "Content-Type: application/json" -H "X-CSRF-TOKEN: $TOKEN" \
  --data '{"values":{"7.3.1":"50","7.2.2":"80","6.1.3":"95","6.3.1":"yes"}}' \
  "$BASE/api/v1/units/hai-truong/whatif?period=2023-H1"
measure "plan page (officer)" "$BASE/plans/2023-H1/units/hai-truong"
rm -f "$JAR"; JAR=$(mktemp -d)/cookies
login appraiser appraiser-demo
measure "forecast page (council)" "$BASE/forecast/2023-H1"
measure "forecast API" "$BASE/api/v1/periods/2023-H1/forecast"
measure "plans of every unit (council)" "$BASE/plans/2023-H1"
