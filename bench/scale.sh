#!/usr/bin/env bash
# Issue 9 (c): 500 securities x 20 years of daily data (generated, seeded), 4 report series backfilled from 2006
# (580 editions): one full build through the real CLI under /usr/bin/time -v (wall time, peak memory), then one build in
# the timing tool for pages/s, charts/s and a Stopwatch breakdown per stage. Everything lives in /dev/shm.
# Usage: bash bench/scale.sh           (a few minutes on 2 cores; run it on purpose, once)
source "$(dirname "$0")/common.sh"
machine
build_tools
project=$shm/scale; out=$shm/scale-site
rm -rf "$out" "$project/.reportgen-cache"
timing scale-project "$project" "$repo"
ln -s "$repo/node_modules" "$project/node_modules"   # Pagefind, so the build indexes search as in the repository
echo "== generated: $(ls "$project/data/prices/adjusted" | wc -l) price files, $(cat "$project"/data/prices/adjusted/*.csv | wc -l) rows, $(du -sh "$project/data" | cut -f1)"
timed "full backfill build (CLI)" "${rg[@]}" build --project "$project" --out "$out"
echo "== built: $(find "$out" -name index.html | wc -l) pages, $(find "$out" -name '*.png' | wc -l) PNGs, $(du -sh "$out" | cut -f1)"
echo "== stages (one more build, in the timing tool's process)"
rm -rf "$out" "$project/.reportgen-cache"
timing stages "$project" "$out"
echo "== load: $(uptime)"
