#!/usr/bin/env bash
# Issue 16: the editor's loop, `reportgen serve` beside `hugo server` in one run on this machine. Both serve a copy of
# a project under /dev/shm: the sample project, and a Hugo project made from its built site (every edition page as a
# content page with the same HTML, plus a table of one price CSV's last closes on every page). Then, run by run and
# taking turns: a prose edit (a word added to a sentence of a report template / of a Hugo content page) and a CSV edit
# (the last close of an ETF, which the latest ETF-monitor edition uses / of the CSV every Hugo page shows), each timed
# from the save until the page, fetched over HTTP every 5 ms, shows it (see benchmarks/ReportGen.Timing/EditorLoop.cs).
# Needs Debian's hugo (apt-get install -y hugo).
# Usage: bash bench/serve.sh [runs]      (default 12 runs of each; a few minutes on 2 cores)
source "$(dirname "$0")/common.sh"
runs=${1:-12}
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo"; exit 1; }
machine
echo "== versions: $(hugo version | cut -d' ' -f1-2)"
build_tools
work=$shm/serve; project=$work/sample; hugo_dir=$work/hugo
rg_port=18731; hugo_port=18732
rm -rf "$work"; mkdir -p "$project"
cp -r reportgen.yml data templates "$project/"
[ -d "$repo/node_modules" ] && ln -s "$repo/node_modules" "$project/node_modules"   # Pagefind, indexed once at start
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT
wait_for() {   # wait_for URL SECONDS
  for _ in $(seq "$2"); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1 within $2 s"; return 1
}
(cd "$project" && exec "${rg[@]}" serve --port "$rg_port" >"$work/reportgen.log" 2>&1) & pids+=($!)
wait_for "http://127.0.0.1:$rg_port/" 600
echo "== reportgen serve up: $(grep -m1 '^timings' "$work/reportgen.log" || true)"
timing hugo-site "$project/site" "$hugo_dir" "$project/data/prices/adjusted/SMH.csv"
(cd "$hugo_dir" && exec hugo server --port "$hugo_port" --bind 127.0.0.1 --noBuildLock >"$work/hugo.log" 2>&1) & pids+=($!)
wait_for "http://127.0.0.1:$hugo_port/" 120
echo "== hugo server up: $(grep -m1 -i 'built in' "$work/hugo.log" || true)"
echo "== load before: $(uptime)"
phrase="The next quarters will show whether spending by the platforms keeps feeding the suppliers."
timing editor-loop "$runs" \
  "reportgen prose|http://127.0.0.1:$rg_port/|reports/ai-cohorts/2026-q2/|$project/templates/reports/ai-cohorts.sbn-md|$phrase" \
  "hugo prose|http://127.0.0.1:$hugo_port/|reports/ai-cohorts/2026-q2/|$hugo_dir/content/reports/ai-cohorts/2026-q2.md|$phrase" \
  "reportgen CSV close|http://127.0.0.1:$rg_port/|reports/ai-etf-monitor/2026-07/|$project/data/prices/adjusted/SMH.csv|" \
  "hugo CSV close|http://127.0.0.1:$hugo_port/|reports/ai-etf-monitor/2026-07/|$hugo_dir/assets/closes.csv|"
echo "== load after: $(uptime)"
echo "== reportgen serve's last rebuilds:"
grep -A1 '^rebuilt in memory' "$work/reportgen.log" | tail -n 8 | sed 's/^/    /'
