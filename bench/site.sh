#!/usr/bin/env bash
# Issue 9 (b): the sample site: cold build, no-change rebuild, one-template-change rebuilds (the
# edition layout, which every edition uses; one report's template, 10 of the 57 editions), each through the real CLI
# process (`reportgen build`, which keeps its edition cache in <project>/.reportgen-cache), on a copy of the project under
# /dev/shm. A cold build starts with no output and no cache. Then the pipeline's stage timings for one uncached build.
# Usage: bash bench/site.sh [runs]      (default 3 runs of each; about a minute on 2 cores)
source "$(dirname "$0")/common.sh"
runs=${1:-3}
machine
build_tools
project=$shm/sample; out=$shm/sample-site
rm -rf "$project" "$out"; mkdir -p "$project"
cp -r reportgen.yml data templates "$project/"
ln -s "$repo/node_modules" "$project/node_modules"   # Pagefind, so the build indexes search as in the repository
echo "== reportgen build --help says: $(reportgen build --help 2>&1 | grep -m1 -i cache || echo 'nothing about a cache')"
for i in $(seq "$runs"); do
  rm -rf "$out" "$project/.reportgen-cache"
  timed "cold build (empty --out) #$i" "${rg[@]}" build --project "$project" --out "$out"
done
for i in $(seq "$runs"); do
  timed "no-change rebuild #$i" "${rg[@]}" build --project "$project" --out "$out"
done
for i in $(seq "$runs"); do
  echo "<!-- bench edit $i -->" >> "$project/templates/layouts/edition.sbn-html"
  timed "layout-change rebuild #$i" "${rg[@]}" build --project "$project" --out "$out"
done
for i in $(seq "$runs"); do
  echo "<!-- bench edit $i -->" >> "$project/templates/reports/ai-cohorts.sbn-md"
  timed "report-template-change rebuild #$i" "${rg[@]}" build --project "$project" --out "$out"
done
echo "== stages (one more build, in the timing tool's process)"
timing stages "$project" "$out"
echo "== load: $(uptime)"
