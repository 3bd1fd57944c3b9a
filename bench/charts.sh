#!/usr/bin/env bash
# Issue 19, "Charts that work everywhere": the chart format comparison and the sample's chart bytes and chart time, old
# binary against new in ONE run, on copies under /dev/shm.
#  1. Cold sample builds (--no-cache, fresh --out), old and new binary alternated: the build's own stage timings (the
#     "render editions" stage draws the charts), chart bytes written per edition (all variants) and what a reader
#     downloads per edition view: desktop (DPR 2: the 2x PNGs before; the wide SVGs after) and a 390 px phone (DPR 3: the
#     2x PNGs before; the narrow SVGs after).
#  2. Formats: every chart of the sample drawn as PNG 1x+2x (before), WebP (Skia quality 100) 1x+2x and SVG wide+narrow (after),
#     on one thread: KiB per chart, charts per second; sample files of each in $shm/chart-look/ to look at.
# The old binary is built from OLD_REF (default: the merge base with main) in $shm/old.
# Usage: bash bench/charts.sh [runs] [format-runs]   (default 3 builds of each binary, 1 timed pass per format)
source "$(dirname "$0")/common.sh"
runs=${1:-3}
format_runs=${2:-1}   # WebP at quality 100 takes ~1 s per 2x chart under load
old_ref=${OLD_REF:-$(git merge-base HEAD main)}
machine
echo "== old: $(git rev-parse --short "$old_ref"), new: $(git rev-parse --short HEAD) $(git diff --quiet || echo '(+ uncommitted changes)')"
dotnet build src/ReportGen.Cli -c Release -v q -nologo >/dev/null
dotnet build tests/ReportGen.Benchmarks -c Release -v q -nologo >/dev/null
old=$shm/old
if [ ! -f "$old/.ref" ] || [ "$(cat "$old/.ref")" != "$(git rev-parse "$old_ref")" ]; then
  rm -rf "$old"; mkdir -p "$old"
  git archive "$old_ref" | tar -x -C "$old"
  (cd "$old" && dotnet build src/ReportGen.Cli -c Release -v q -nologo >/dev/null)
  git rev-parse "$old_ref" > "$old/.ref"
fi
old_rg=(dotnet "$old/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll")
new_rg=(dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll")

# Each binary builds the sample as of its own commit (the old one cannot read the new chart partial).
for which in old new; do
  src=$repo; [ $which = old ] && src=$old
  rm -rf "$shm/charts-sample-$which"; mkdir -p "$shm/charts-sample-$which"
  (cd "$src" && cp -r reportgen.yml data templates "$shm/charts-sample-$which/")
  ln -s "$repo/node_modules" "$shm/charts-sample-$which/node_modules"
done
project=$shm/charts-sample-new

echo "== 1. cold builds, --no-cache, old and new alternated"
# bytes: sum of file sizes matching a find expression under the site's charts/ folder
bytes() { find "$1/charts" -type f "${@:2}" -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
for i in $(seq "$runs"); do
  for which in old new; do
    out=$shm/charts-site-$which
    rm -rf "$out" "$shm/charts-sample-$which/published"   # no ledger, as bench/site.sh: each build starts one
    if [ $which = old ]; then cmd=("${old_rg[@]}"); else cmd=("${new_rg[@]}"); fi
    line=$("${cmd[@]}" build --project "$shm/charts-sample-$which" --out "$out" --no-cache 2>&1 | grep '^timings:')
    printf '%s #%s  render editions %s  total %s  (load %s)\n' "$which" "$i" \
      "$(echo "$line" | grep -o 'render editions [0-9.]* s' | grep -o '[0-9.]* s')" \
      "$(echo "$line" | grep -o 'total [0-9.]* s' | grep -o '[0-9.]* s')" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
for which in old new; do
  out=$shm/charts-site-$which
  editions=$(find "$out/reports" -mindepth 3 -name index.html -path '*/reports/*/*/index.html' | grep -v '/v[0-9]*/' | wc -l)
  all=$(bytes "$out")
  if [ $which = old ]; then
    desktop1=$(bytes "$out" -name '*.png' ! -name '*@2x.png'); desktop=$(bytes "$out" -name '*@2x.png'); phone=$desktop
  else
    desktop=$(bytes "$out" -name '*.svg' ! -name '*.narrow.svg'); desktop1=$desktop; phone=$(bytes "$out" -name '*.narrow.svg')
  fi
  echo "$which: $editions editions, $(find "$out/charts" -type f | wc -l) chart files, $all bytes = $((all / editions / 1024)) KiB written per edition; a view downloads $((desktop1 / editions / 1024)) KiB per edition on a 1x desktop, $((desktop / editions / 1024)) KiB on a 2x one, $((phone / editions / 1024)) KiB on a 390 px phone"
done
echo "== 2. formats (new binary's renderer; one thread; fastest of $format_runs timed passes after one untimed)"
dotnet tests/ReportGen.Benchmarks/bin/Release/net10.0/ReportGen.Benchmarks.dll chart-formats "$project" "$shm/chart-look" "$format_runs"

echo "== load: $(uptime)"
