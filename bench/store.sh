#!/usr/bin/env bash
# Measures event queries on a large generated store: fills a SQLite store
# with a million events (-short: 50,000) the first time, caches it in the
# temporary folder, then runs each shape of query with 50 clients at once
# and prints the latencies (median, 99th percentile, maximum, in ms) and
# queries per second. -http sends the queries to GET /api/events on
# loopback instead of calling the store.
#
#   bench/store.sh            # 1,000,000 events, the store called directly
#   bench/store.sh -http      # the same through the HTTP API
#   bench/store.sh -short     # 50,000 events
#   bench/store.sh -short -store.conc=1 -store.queries=200   # (-web.conc, -web.queries with -http)
#
# Delete $TMPDIR/rashomon-bench-* to fill the store again.
set -euo pipefail
cd "$(dirname "$0")/.."

short=()
extra=()
bench=BenchmarkEventQueries
pkg=./store/sqlite/
for a in "$@"; do
	case "$a" in
	-short) short=(-short) ;;
	-http) bench=BenchmarkAPIEventQueries pkg=./web/ ;;
	*) extra+=("$a") ;;
	esac
done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench "^$bench\$" -benchtime=1x -timeout 4h "${short[@]}" \
	"$pkg" "${extra[@]}" 2>&1 | tee "$out" >&2

echo
grep -E '^\s+[a-z_]+\.go:[0-9]+: (store|filled|opening)' "$out" | sed 's/^\s*[a-z_]*\.go:[0-9]*: //' || true
printf '%-20s %10s %10s %10s %12s\n' shape p50-ms p99-ms max-ms queries/s
awk -v b="$bench" 'index($1, b "/") == 1 {
	name = substr($1, length(b) + 2); sub(/-[0-9]+$/, "", name)
	for (i = 3; i < NF; i += 2) v[$(i+1)] = $i
	printf "%-20s %10.1f %10.1f %10.1f %12.0f\n", name, v["p50-ms"], v["p99-ms"], v["max-ms"], v["queries/s"]
}' "$out"
