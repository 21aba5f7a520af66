#!/usr/bin/env bash
# Measures event queries on a large generated store: fills a SQLite store
# with a million events (-short: 50,000) the first time, caches it in the
# temporary folder, then runs each shape of query with 50 goroutines at
# once and prints the latencies (median, 99th percentile, maximum, in ms)
# and queries per second.
#
#   bench/store.sh            # 1,000,000 events
#   bench/store.sh -short     # 50,000 events
#   bench/store.sh -short -store.conc=1 -store.queries=200
#
# Delete $TMPDIR/rashomon-bench-* to fill the store again.
set -euo pipefail
cd "$(dirname "$0")/.."

short=()
extra=()
for a in "$@"; do
	case "$a" in
	-short) short=(-short) ;;
	*) extra+=("$a") ;;
	esac
done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench '^BenchmarkEventQueries$' -benchtime=1x -timeout 4h "${short[@]}" \
	./store/sqlite/ "${extra[@]}" 2>&1 | tee "$out" >&2

echo
grep -E '^\s+bench_test.go:[0-9]+: (store|filled|opening)' "$out" | sed 's/^\s*bench_test.go:[0-9]*: //' || true
printf '%-20s %10s %10s %10s %12s\n' shape p50-ms p99-ms max-ms queries/s
awk '/^BenchmarkEventQueries\// {
	name = $1; sub(/^BenchmarkEventQueries\//, "", name); sub(/-[0-9]+$/, "", name)
	for (i = 3; i < NF; i += 2) v[$(i+1)] = $i
	printf "%-20s %10.1f %10.1f %10.1f %12.0f\n", name, v["p50-ms"], v["p99-ms"], v["max-ms"], v["queries/s"]
}' "$out"
