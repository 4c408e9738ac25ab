#!/bin/sh
# Latency of the public pages (issue 12) against a running application: 30 warm-up requests, then N timed ones
# per page, one at a time; prints p50 and p95 in ms. Usage: bench/public-pages.sh [BASE_URL] [N]
BASE=${1:-http://localhost:8080}
N=${2:-200}
for p in "/" "/results/2023-H1" "/results/2023-H1/overview" "/units/hai-truong?period=2023-H1" \
         "/results/2023-H1/open-data" "/units/hai-truong/article?period=2023-H1" "/feed.atom" \
         "/results/2023-H1/open-data/parindex-2023-H1.zip"; do
  for i in $(seq 1 30); do curl -s -o /dev/null "$BASE$p"; done
  for i in $(seq 1 "$N"); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE$p"; done | sort -n |
    awk -v p="$p" '{a[NR]=$1} END {printf "| `%s` | %.1f | %.1f |\n", p, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000}'
done
