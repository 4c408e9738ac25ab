#!/usr/bin/env bash
# Every load test of issue 13 in one go, against the jar on PostgreSQL (a benchmark: it prints figures and never
# fails on a slow machine). Loopback only.
#
#   bench/load/all.sh [READERS] [SECONDS]          (defaults 50 and 60)
#
# Needs two empty PostgreSQL 15+ databases and the built jar (./mvnw -q -B -DskipTests package):
#   PARINDEX_DB_URL   the national import, then the public pages on it;
#   SAVES_DB_URL      the sheet saves (their own national import, period and 200 officers);
# with PARINDEX_DB_USER and PARINDEX_DB_PASSWORD for both. UNITS (default 400): the unit pages in the readers' feeder.
# Runs, one after another: the national import alone (public-pages.sh with IMPORT_ONLY=1), the public pages under
# READERS readers for SECONDS (SKIP_IMPORT=1), and 200 officers saving for SECONDS (sheet-saves.sh). Each prints its
# figures, the load average and the most heap used; bench/README.md says what they mean.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
readers=${1:-50}
seconds=${2:-60}
: "${PARINDEX_DB_URL:?the database of the import and the public pages}" "${SAVES_DB_URL:?the database of the saves}"
echo "== the national import"
IMPORT_ONLY=1 "$here/public-pages.sh"
echo "== the public pages"
SKIP_IMPORT=1 UNITS="${UNITS:-400}" "$here/public-pages.sh" "$readers" "$seconds"
echo "== the sheet saves"
PARINDEX_DB_URL="$SAVES_DB_URL" PORT="${SAVES_PORT:-18130}" "$here/sheet-saves.sh" 200 "$seconds"
