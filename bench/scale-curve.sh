#!/usr/bin/env bash
# Issue 20: the scaling curve of docs/scaling.md. For each size (default 500 1000 2000 5000 securities x 20 years, with
# the quarterly tear sheets of the last 8 quarters): the load stage alone from CSV (and from Parquet at the largest
# size), one full build through the CLI, two no-change rebuilds (the first refreshes the stamps of files the full build
# wrote in its last 2 s) and Hugo on the same pages, each under /usr/bin/time -v (wall, peak RSS, CPU; load printed).
# Usage: bash bench/scale-curve.sh [sizes...]     (long: run it on purpose; everything lives in /dev/shm)
source "$(dirname "$0")/common.sh"
machine
build_tools
sizes=("${@:-500 1000 2000 5000}"); sizes=(${sizes[*]})
for n in "${sizes[@]}"; do
  project=$shm/curve-$n; out=$shm/curve-$n-site
  rm -rf "$out"
  timing scale-project "$project" "$repo" --securities "$n"
  ln -s "$repo/node_modules" "$project/node_modules"
  echo "== $n securities: $(find "$project/data/prices" -name '*.csv' | wc -l) price files, $(du -sh "$project/data" | cut -f1) of data"
  timed "load stage, CSV ($n)" "${tm[@]}" load "$project"
  if [ "$n" = "${sizes[-1]}" ] && [ "${PARQUET:-1}" = 1 ]; then   # PARQUET=0 skips the Parquet comparison
    timing scale-project "$shm/curve-$n-parquet" "$repo" --securities "$n" --parquet
    timed "load stage, Parquet ($n)" "${tm[@]}" load "$shm/curve-$n-parquet"
  fi
  timed "full build ($n)" "${rg[@]}" build --project "$project" --out "$out"
  echo "    built: $(find "$out" -name index.html | wc -l) pages, $(find "$out" -name '*.png' | wc -l) PNGs, $(find "$out" -name '*.svg' | wc -l) SVGs, $(du -sh "$out" | cut -f1)"
  timed "no-change rebuild ($n)" "${rg[@]}" build --project "$project" --out "$out"
  timed "no-change rebuild, again ($n)" "${rg[@]}" build --project "$project" --out "$out"
  # Hugo side by side, same run: a content page per edition page and tear sheet of this build (same titles and body
  # HTML; no charts, no figures, no search index), built cold by hugo.
  if command -v hugo >/dev/null; then
    timing hugo-site "$out" "$shm/curve-$n-hugo" "$project/data/prices/adjusted/BENCH.csv" | tail -n 1
    rm -rf "$shm/curve-$n-hugo/public"
    timed "hugo, same page count ($n)" hugo --quiet --source "$shm/curve-$n-hugo" --destination "$shm/curve-$n-hugo/public" --cacheDir "$shm/curve-$n-hugo/cache" --noBuildLock
    echo "    hugo wrote $(find "$shm/curve-$n-hugo/public" -name index.html | wc -l) pages"
  fi
done
echo "== load: $(uptime)"
