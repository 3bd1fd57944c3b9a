#!/usr/bin/env bash
# Builds the site from data/ and templates/ into site/, on a fresh machine too: installs the npm package the build's
# search index needs (pagefind, from package-lock.json) when Node is present and it is missing, then runs
# `reportgen build` with any arguments given (e.g. --base-url https://example.org/notes/ or --drafts).
# Without Node the build still runs and says that the site has no search (warning RG5001).
# Usage: bash scripts/build.sh [build options]   (from anywhere; `dotnet run --project src/ReportGen.Cli -- --help` lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if command -v npm >/dev/null; then
  source scripts/node-packages.sh
  ensure_node_packages "pagefind for the search index" node_modules/pagefind/lib/runner/bin.cjs
fi
exec dotnet run --project src/ReportGen.Cli -c Release -- build "$@"
