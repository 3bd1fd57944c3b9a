# Shared by bench/*.sh: machine facts, a Release build of the CLI and of the timing tool, and a timed run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)
shm=/dev/shm/reportgen-bench
mkdir -p "$shm"
machine() {
  echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM; dotnet $(dotnet --version); commit $(git rev-parse --short HEAD)"
  echo "== load: $(uptime)"
}
build_tools() {
  dotnet build src/ReportGen.Cli -c Release -v q -nologo >/dev/null
  dotnet build benchmarks/ReportGen.Timing -c Release -v q -nologo >/dev/null
}
rg=(dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll")   # the CLI, as a command for `timed`
reportgen() { "${rg[@]}" "$@"; }
tm=(dotnet "$repo/benchmarks/ReportGen.Timing/bin/Release/net10.0/ReportGen.Timing.dll")   # the timing tool, as a command for `timed`
timing() { "${tm[@]}" "$@"; }
# The resident set of process $1 and all its descendants, in KB (a build and the Pagefind it runs, at one moment).
tree_rss() {
  local total=0 pid rss
  for pid in $(descendants "$1"); do
    rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${rss:-0}))
  done
  echo "$total"
}
descendants() { echo "$1"; local child; for child in $(pgrep -P "$1" 2>/dev/null || true); do descendants "$child"; done; }
# timed LABEL CMD...: runs CMD under /usr/bin/time -v; prints wall seconds, CPU seconds and two peaks in MB on one line:
# "peak RSS", the largest single process (time -v: the build, or a child such as Pagefind if it was larger), and "sum",
# the largest total of the build and its children at one moment, sampled every 0.5 s (what the machine must hold).
timed() {
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >"$log.out" 2>"$log" &
  local pid=$! peak=0 now status=0
  while kill -0 "$pid" 2>/dev/null; do
    now=$(tree_rss "$pid"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
  wait "$pid" || status=$?
  [ "$status" = 0 ] || { tail -n 30 "$log" "$log.out"; return 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$log")
  cpu=$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.1f", s}' "$log")
  printf '%-44s wall %7.2f s   peak RSS %6s MB (sum %6s MB)   CPU %7s s   (load %s)\n' "$label" "$wall" "$rss" "$((peak / 1024))" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  tail -n 1 "$log.out" | sed 's/^/    /'
  grep -h '^timings:' "$log" | sed 's/^/    /' || true   # a build's stage timings (stderr)
  rm -f "$log" "$log.out"
}
