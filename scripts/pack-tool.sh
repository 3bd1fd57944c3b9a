#!/usr/bin/env bash
# Packs the reportgen .NET tool (a top-level ReportGen package and one ReportGen.<rid> package per platform), prints
# each package's size, then installs it from those packages alone into a temporary tool path, as a user would, and runs
# `reportgen new site`, `check` and `build` with the installed tool, far from this repository. Prints the installed size.
# Usage: bash scripts/pack-tool.sh [OUT_DIR]   (default bin/packages; from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=$(realpath -m "${1:-bin/packages}")
rm -rf "$out"
dotnet pack src/ReportGen.Cli -c Release -o "$out" >/dev/null
echo "== packages in $out (bytes)"
for f in "$out"/*.nupkg; do printf "%11d  %s\n" "$(stat -c %s "$f")" "$(basename "$f")"; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Only the local packages: a package of the same id on a public feed must not stand in for this one.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$out" /></packageSources></configuration>
XML
dotnet tool install --tool-path "$work/tool" --configfile "$work/nuget.config" ReportGen >/dev/null
echo "== installed: $(du -sh "$work/tool" | cut -f1) ($(du -sb "$work/tool" | cut -f1) bytes) in a tool path"
cd "$work"
"$work/tool/reportgen" new site starter | head -n 1
cd starter
"$work/tool/reportgen" check 2>&1 | tail -n 2
"$work/tool/reportgen" build 2>&1 | tail -n 1
