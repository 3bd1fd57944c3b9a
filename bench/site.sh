#!/usr/bin/env bash
# Issue 9 (b): the sample site: cold build, no-change rebuild, one-template-change rebuild, each through the real CLI
# process (`reportgen build`), on a copy of the project under /dev/shm; then a Stopwatch breakdown per stage.
# Usage: bash bench/site.sh [runs]      (default 3 runs of each; about a minute on 2 cores)
source "$(dirname "$0")/common.sh"
runs=${1:-3}
machine
build_tools
project=$shm/sample; out=$shm/sample-site
rm -rf "$project" "$out"; mkdir -p "$project"
cp -r reportgen.yml data templates "$project/"
echo "== does this build skip unchanged work? $(reportgen build --help 2>&1 | grep -ci -E 'incremental|cache' || true) mention(s) of incremental/cache in 'reportgen build --help'"
for i in $(seq "$runs"); do
  rm -rf "$out" "$project/.reportgen" "$project/obj" 2>/dev/null || true
  timed "cold build (empty --out) #$i" "${rg[@]}" build --project "$project" --out "$out"
done
for i in $(seq "$runs"); do
  timed "no-change rebuild #$i" "${rg[@]}" build --project "$project" --out "$out"
done
for i in $(seq "$runs"); do
  echo "<!-- bench edit $i -->" >> "$project/templates/layouts/edition.sbn-html"
  timed "one-template-change rebuild #$i" "${rg[@]}" build --project "$project" --out "$out"
done
echo "== stages (one more build, in the timing tool's process)"
timing stages "$project" "$out"
echo "== load: $(uptime)"
