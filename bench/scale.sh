#!/usr/bin/env bash
# Issues 9 (c) and 20: N securities (default 5,000) x 20 years of daily data (generated, seeded), 4 report series
# backfilled from 2006 (580 editions) and a quarterly tear sheet per stock for the last 8 quarters (8 x N editions):
# one full build through the real CLI under /usr/bin/time -v (wall time, peak memory, CPU), pages/s and charts/s, then a
# no-change rebuild (the up-to-date shortcut). Everything lives in /dev/shm. Prices are CSV (the default: at 5,000
# securities it loads as fast as Parquet with less memory; bench/scale-curve.sh measures both).
# Usage: bash bench/scale.sh [securities] [--parquet]     (long on 2 cores; run it on purpose, once)
source "$(dirname "$0")/common.sh"
machine
build_tools
n=${1:-5000}; shift || true
project=$shm/scale; out=$shm/scale-site
rm -rf "$out"
timing scale-project "$project" "$repo" --securities "$n" "$@"
ln -s "$repo/node_modules" "$project/node_modules"   # Pagefind, so the build indexes search as in the repository
echo "== generated: $n securities, $(find "$project/data/prices" -type f | wc -l) price file(s), $(du -sh "$project/data" | cut -f1) of data"
start=$(date +%s.%N)
timed "full build (CLI)" "${rg[@]}" build --project "$project" --out "$out"
wall=$(echo "$(date +%s.%N) - $start" | bc)
pages=$(find "$out" -name index.html | wc -l); svgs=$(find "$out/charts" -name '*.svg' -not -name '*.narrow.svg' | wc -l)
echo "== built: $pages pages, $svgs charts (each a wide and a narrow SVG, the lead one also an og:image PNG), $(du -sh "$out" | cut -f1)"
echo "== throughput: $(echo "scale=1; $pages / $wall" | bc) pages/s, $(echo "scale=1; $svgs / $wall" | bc) charts/s (wall $wall s, CLI start included)"
# The ledger the full build wrote (published/, an input) is stamped after writing, so both rebuilds are up to date; the
# first also re-hashes the files written in the last 2 s of the full build (racily clean stamps) and records them.
timed "rebuild after the full build (CLI)" "${rg[@]}" build --project "$project" --out "$out"
timed "no-change rebuild (CLI)" "${rg[@]}" build --project "$project" --out "$out"
echo "== load: $(uptime)"
