#!/usr/bin/env bash
# The command line against the spreadsheet, on one machine, alternating runs (a benchmark: it prints figures and
# never fails on a slow machine).
#
#   bench/cli-vs-spreadsheet.sh [RUNS] [SIZE...]      e.g. bench/cli-vs-spreadsheet.sh 5 3321x21 10000x42
#
# SIZE is UNITSxLEAVES_PER_FIELD (7 fields): 3321x21 is the 3,321 × 147 national period, 10000x42 is 10,000 × 294.
# bench/gen_national.py writes each size twice into bench/target/cli-vs-spreadsheet/: a bundle, and the same numbers
# as a flat ODS spreadsheet with SUM/ROUND/IF/RANK formulas. Each run is then, in turn:
#   parindex score BUNDLE --period 2025 --format csv      (./parindex: the command line's own class path, see README)
#   soffice --headless --convert-to csv national.fods     (LibreOffice recalculates every formula and writes the CSV)
# and `parindex check BUNDLE` once per round. Wall time, CPU time (user + system) and peak memory (maximum resident
# set size) come from GNU time; the figures are medians over the runs, after one warm-up run of each.
# Needs: python3, GNU time (apt-get install -y time), LibreOffice's Calc without a GUI
# (apt-get install -y libreoffice-calc-nogui), and the built command line (./mvnw -q -B -pl app -am package -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(3321x21 10000x42)
out="$root/bench/target/cli-vs-spreadsheet"

command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not found: apt-get install -y time" >&2; exit 2; }
[ -f "$root/app/target/cli/parindex-cli.jar" ] || {
  echo "build the command line first: ./mvnw -q -B -pl app -am package -DskipTests" >&2; exit 2; }

# one run: prints "wall cpu rss_mib"
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -o "$log" -f "%e %U %S %M" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$log"
  rm -f "$log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1);" \
  "$(soffice --version | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); runs: $runs alternating, after one warm-up of each"
profile="$out/lo-profile"
for size in "${sizes[@]}"; do
  units=${size%x*}
  leaves=${size#*x}
  dir="$out/$size"
  if [ ! -f "$dir/national.fods" ]; then
    python3 "$root/bench/gen_national.py" "$dir" "$units" "$leaves" >/dev/null
  fi
  score=("$root/parindex" score "$dir/bundle" --period 2025 --format csv)
  check=("$root/parindex" check "$dir/bundle")
  calc=(soffice -env:UserInstallation="file://$profile" --headless --convert-to csv --outdir "$dir/lo" "$dir/national.fods")
  "${score[@]}" > "$dir/parindex.csv"
  "${calc[@]}" >/dev/null 2>&1
  python3 - "$dir/parindex.csv" "$dir/lo/national.csv" <<'PY'
import csv, sys
ours = {r["unit"]: r["index"] for r in csv.DictReader(open(sys.argv[1]))}
calc = {r["unit"]: r["index"] for r in csv.DictReader(open(sys.argv[2])) if r["unit"].startswith("u")}
bad = [u for u in ours if abs(float(ours[u]) - float(calc[u])) > 0.005]
print(f"  same index for {len(ours) - len(bad)} of {len(ours)} units in both results" + (f"; differ: {bad[:5]}" if bad else ""))
PY
  : > "$dir/score.txt"; : > "$dir/calc.txt"; : > "$dir/check.txt"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((i = 1; i <= runs; i++)); do
    measure "${score[@]}" >> "$dir/score.txt"
    measure "${calc[@]}" >> "$dir/calc.txt"
    measure "${check[@]}" >> "$dir/check.txt"
  done
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo
  echo "$units units × $((leaves * 7)) leaves ($(du -h "$dir/bundle/scores/2025.csv" | cut -f1) scores file," \
    "$(du -h "$dir/national.fods" | cut -f1) spreadsheet); load average before $load_before, after $load_after"
  printf "  %-28s %9s %9s %10s\n" "median of $runs" "wall s" "CPU s" "peak MiB"
  for what in score check calc; do
    printf "  %-28s %9s %9s %10s\n" \
      "$( [ $what = calc ] && echo "LibreOffice (soffice)" || echo "parindex $what")" \
      "$(cut -d' ' -f1 "$dir/$what.txt" | median)" "$(cut -d' ' -f2 "$dir/$what.txt" | median)" \
      "$(cut -d' ' -f3 "$dir/$what.txt" | median)"
  done
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
  for col in 1 2 3; do
    s=$(cut -d' ' -f$col "$dir/score.txt" | median); c=$(cut -d' ' -f$col "$dir/calc.txt" | median)
    k=$(cut -d' ' -f$col "$dir/check.txt" | median)
    case $col in 1) name="wall";; 2) name="CPU";; 3) name="peak memory";; esac
    echo "  $name: parindex score / LibreOffice = $(ratio "$s" "$c"); check / score = $(ratio "$k" "$s")"
  done
  echo "  every run (wall CPU MiB): score [$(tr '\n' ';' < "$dir/score.txt")] calc [$(tr '\n' ';' < "$dir/calc.txt")]"
done
