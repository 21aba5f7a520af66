#!/bin/sh
# Regenerates web/basemap/countries.json from the npm packages world-atlas
# (ISC; Natural Earth data, public domain) and i18n-iso-countries (MIT,
# for the ISO 3166-1 numeric -> alpha-3 table). The packages are installed
# into a temporary folder outside the repository and removed afterwards;
# nothing from them is copied into the repository except the generated
# JSON.
# Usage: tools/basemap/generate.sh [flags]   (from anywhere; needs npm and go)
# Flags go to the generator, e.g. -tolerance 0.02 or -res 110m.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/basemap.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
# versions the committed countries.json was made with
npm install --no-audit --no-fund --silent \
	world-atlas@2.0.2 \
	i18n-iso-countries@7.14.0
cd "$repo"
go run ./tools/basemap -modules "$tmp/node_modules" -out web/basemap/countries.json "$@"
