#!/usr/bin/env bash
# Measures the pipeline and its parts and prints one line per figure:
#
#   - the whole job (read, clean, date, attribute, segment, tag, recognise,
#     code, find reprints, store; then link incidents) on 10,000 documents
#     generated from the demo corpus, on every core (-short: 2,000);
#   - ingest alone (no coding), store included, on one core;
#   - loading the embedded knowledge, and matching it on one core;
#   - linking a million generated documents into incidents (-short:
#     100,000).
#
#   bench/pipeline.sh
#   bench/pipeline.sh -short
set -euo pipefail
cd "$(dirname "$0")/.."

short=()
for a in "$@"; do
	case "$a" in
	-short) short=(-short) ;;
	*) echo "usage: bench/pipeline.sh [-short]" >&2; exit 2 ;;
	esac
done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() {
	go test -run '^$' -timeout 2h "${short[@]}" "$@" 2>&1 | tee -a "$out" >&2
}
run -bench '^BenchmarkPipeline$' -benchtime 1x ./engine/
run -bench '^BenchmarkIngest$' -benchtime 1x -cpu 1 ./pipeline/
run -bench '^(BenchmarkLoad|BenchmarkMatch)$' -cpu 1 ./lexicon/
run -bench '^BenchmarkLink$' -benchtime 1x ./claims/

# metric prints the value before a unit on a benchmark's line.
metric() {
	awk -v b="$1" -v u="$2" '$1 ~ "^" b "(-[0-9]+)?$" { for (i = 3; i <= NF; i++) if ($i == u) print $(i-1) }' "$out"
}
echo
printf '%-48s %s\n' "whole pipeline, documents/s (all cores)" "$(metric BenchmarkPipeline docs/s)"
printf '%-48s %s\n' "  with incident linking, documents/s" "$(metric BenchmarkPipeline docs/s-linked)"
printf '%-48s %s\n' "  events coded" "$(metric BenchmarkPipeline events)"
printf '%-48s %s\n' "  peak Go heap, MiB" "$(metric BenchmarkPipeline peak-heap-MiB)"
printf '%-48s %s\n' "  peak resident memory, MiB" "$(metric BenchmarkPipeline peak-rss-MiB)"
printf '%-48s %s\n' "ingest without coding, documents/s (one core)" "$(metric BenchmarkIngest docs/s)"
printf '%-48s %s\n' "  peak Go heap, MiB" "$(metric BenchmarkIngest peak-heap-MiB)"
printf '%-48s %s\n' "knowledge load, ms" "$(metric BenchmarkLoad ns/op | awk '{printf "%.0f", $1 / 1e6}')"
printf '%-48s %s\n' "matching, MB/s (one core)" "$(metric BenchmarkMatch MB/s)"
printf '%-48s %s\n' "  resident memory, MB" "$(metric BenchmarkMatch RSS-MB)"
awk '/^BenchmarkLink/ { print }' "$out" | sed 's/^/incident linking: /'
