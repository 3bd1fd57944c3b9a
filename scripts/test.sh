#!/usr/bin/env bash
# Runs every test of the solution (strict snapshots) and ends with the line "N passed, N failed".
# Usage: bash scripts/test.sh   (from the repository root; installs nothing beyond what `dotnet restore` fetches)
set -euo pipefail
cd "$(dirname "$0")/.."
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-on}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$(pwd)/TestResults"
rm -rf "$results"
dotnet restore ReportGen.sln
dotnet build ReportGen.sln -c Release --no-restore
status=0
dotnet test ReportGen.sln -c Release --no-build --logger "trx" --results-directory "$results" || status=$?
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$status" -ne 0 ]; then
  failed=1   # the test run itself broke (e.g. a crash before any result was written)
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
