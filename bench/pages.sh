#!/usr/bin/env bash
# Issue 9 (a): ReportGen's text pipeline vs Hugo on the same 10,000 Markdown pages, one BenchmarkDotNet run, output on
# /dev/shm. Needs Debian's hugo (apt-get install hugo). Prints the machine, versions and load next to the results.
# Then the same work cold: a fresh process each (JIT and start-up included), alternating ReportGen and hugo, 3 runs each.
# Usage: bash bench/pages.sh            (about 5 minutes on 2 cores)
source "$(dirname "$0")/common.sh"
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo"; exit 1; }
machine
echo "== versions: $(hugo version | cut -d' ' -f1-2)"
dotnet run -c Release --project tests/ReportGen.Benchmarks -- --filter '*PageThroughput*' "$@"
echo "== load after BenchmarkDotNet: $(uptime)"
dll=tests/ReportGen.Benchmarks/bin/Release/net10.0/ReportGen.Benchmarks.dll
pages=$shm/pages
for i in 1 2 3; do
  timed "cold process: ReportGen #$i" dotnet "$dll" pages-once
  timed "cold process: ReportGen, TieredPGO off #$i" env DOTNET_TieredPGO=0 dotnet "$dll" pages-once
  timed "cold process: hugo #$i" hugo --quiet --source "$pages" --destination "$pages/out-hugo" --cacheDir "$pages/hugo-cache" --noBuildLock
done
# Markdig writes a table cell's alignment as style="text-align: left;", Goldmark as style="text-align:left"; otherwise
# the two outputs should be the same bytes.
differ=0
for f in "$pages"/out-reportgen/*/index.html; do
  n=$(basename "$(dirname "$f")")
  cmp -s <(sed 's/ style="text-align: \([a-z]*\);"/ style="text-align:\1"/g' "$f") "$pages/out-hugo/posts/$n/index.html" || differ=$((differ + 1))
done
echo "== same output? pages that differ beyond the table-alignment style syntax: $differ of 10000"
echo "== pages written: reportgen $(find /dev/shm/reportgen-bench/pages/out-reportgen -name index.html | wc -l), hugo $(find /dev/shm/reportgen-bench/pages/out-hugo -name index.html | wc -l)"
