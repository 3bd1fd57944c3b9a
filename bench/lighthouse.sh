#!/usr/bin/env bash
# Issue 19: Lighthouse 100 in all four categories (performance, accessibility, best practices, SEO) on the home page,
# an edition and the search page, with Lighthouse's mobile (default: Moto G Power, simulated slow 4G, 4x CPU slowdown)
# and desktop presets. Builds the sample project for the address it is served on (so canonical URLs, the sitemap and
# robots.txt name that host, as on real hosting), serves it on loopback as static hosts do (gzip for text, a small
# Node server below; python's http.server does not compress, which alone costs points that no host would), runs the npm
# package `lighthouse` (devDependency; `npm ci`) with /usr/bin/chromium headless LH_RUNS times per page and preset,
# prints the median of each of the four scores and every audit that lost points (with its savings), and exits 1 when a
# median score is below 100. Performance is simulated (Lighthouse's "lantern" throttling) from a trace taken on this
# machine, so on a busy machine the mobile performance score drops (total blocking time grows with the load): read
# it with the load printed beside it.
# Usage: bash bench/lighthouse.sh [PAGE...]   (pages relative to the site root; default: home, an edition, search)
#        LH_RUNS=3 LH_PORT=8392 CHROME_PATH=/usr/bin/chromium   (about 5 minutes on 2 cores)
#        LH_SKIP_BUILD=1: score the site the previous run built (same LH_PORT), without building again
source "$(dirname "$0")/common.sh"
lighthouse=$repo/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || { echo "lighthouse is not installed: run 'npm ci' in $repo"; exit 1; }
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH: apt-get install chromium"; exit 1; }
port=${LH_PORT:-8392}
runs=${LH_RUNS:-3}
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=("" "reports/ai-equities/2026-q2/" "search/")
out=$shm/lighthouse
mkdir -p "$out/reports"
machine
echo "== versions: lighthouse $("$lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null); $runs run(s) per page and preset, median"
if [ -z "${LH_SKIP_BUILD:-}" ]; then
  dotnet build src/ReportGen.Cli -c Release -v q -nologo >/dev/null
  reportgen build --no-cache --base-url "http://127.0.0.1:$port/" --out "$out/site" >"$out/build.log" 2>&1 \
    || { grep -v '^  [a-z-]*/[0-9QqMm-]* ([0-9]*/[0-9]*)$' "$out/build.log"; exit 1; }
  tail -n 1 "$out/build.log"
fi
node - "$out/site" "$port" >"$out/http.log" 2>&1 <<'EOF' &
// Static files as a static host serves them: folder/ -> folder/index.html, a 404 page, gzip for text types.
const [root, port] = process.argv.slice(2);
const fs = require('fs'), path = require('path'), http = require('http'), zlib = require('zlib');
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.csv': 'text/csv', '.png': 'image/png',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.pdf': 'application/pdf' };
http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!fs.existsSync(file)) { status = 404; file = path.join(root, '404.html'); }
  const type = types[path.extname(file)] || 'application/octet-stream';
  let body = fs.readFileSync(file);
  const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=600' };
  if (/text|json|xml|javascript|svg|csv|wasm/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
    body = zlib.gzipSync(body); headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, headers).end(body);
}).listen(+port, '127.0.0.1');
EOF
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

failed=0
printf '%-34s %-8s %5s %5s %5s %5s\n' page preset perf a11y bp seo
for page in "${pages[@]}"; do
  for preset in mobile desktop; do
    name=$(echo "${page:-home}" | tr '/' '_' | sed 's/_$//')-$preset
    flags=()
    [ "$preset" = desktop ] && flags=(--preset=desktop)
    reports=()
    for run in $(seq "$runs"); do
      "$lighthouse" "http://127.0.0.1:$port/$page" "${flags[@]}" --quiet --output=json --output-path="$out/reports/$name-$run.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/reports/$name-$run.log" \
        || { echo "lighthouse failed on /$page ($preset):"; tail -n 5 "$out/reports/$name-$run.log"; failed=1; continue; }
      reports+=("$out/reports/$name-$run.json")
    done
    [ ${#reports[@]} -gt 0 ] || continue
    # The median of each score over the runs (with every run's performance score), then, from the run with the median
    # performance score, each audit that counts towards a category and lost points, and every opportunity with savings
    # (these can cost performance points on a slower machine even when the score is 100 here).
    node - "/$page" "$preset" "${reports[@]}" <<'EOF' || failed=1
const [page, preset, ...files] = process.argv.slice(2);
const all = files.map(f => require(f));
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const score = (r, c) => r.categories[c].score === null ? NaN : Math.round(r.categories[c].score * 100);
const median = xs => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const scores = cats.map(c => median(all.map(r => score(r, c))));
const r = all.find(x => score(x, 'performance') === scores[0]);
console.log(`${page.padEnd(34)} ${preset.padEnd(8)} ${scores.map(s => String(s).padStart(5)).join(' ')}   (performance per run: ${all.map(x => score(x, 'performance')).join(', ')})`);
const weighted = new Set(cats.flatMap(c => r.categories[c].auditRefs.filter(a => a.weight > 0).map(a => a.id)));
for (const a of Object.values(r.audits)) {
  const savings = a.details && (a.details.overallSavingsBytes || a.details.overallSavingsMs);
  const lost = weighted.has(a.id) && a.score !== null && a.score < 1;
  if (lost || (savings && a.score !== null && a.score < 1)) {
    const bytes = a.details && a.details.overallSavingsBytes ? ` saves ${Math.round(a.details.overallSavingsBytes / 1024)} KiB` : '';
    const where = a.id === 'errors-in-console' ? ` (${a.details.items.map(i => i.sourceLocation?.url || i.description).join(', ')})` : '';
    console.log(`    ${lost ? 'lost' : 'hint'}: ${a.id} (score ${a.score}) ${a.displayValue || ''}${bytes}: ${a.title}${where}`);
  }
}
if (scores.some(s => !(s >= 100))) process.exit(1);
EOF
  done
done
echo "== load after: $(uptime)"
echo "== reports: $out/reports/*.json"
[ $failed -eq 0 ] || { echo "FAILED: a score below 100 (or a run that failed)"; exit 1; }
echo "all scores 100"
