# Sourced by scripts/build.sh and scripts/test.sh: installs the npm packages of package-lock.json under node_modules/
# with `npm ci` when one of the given files is missing or the lock file is newer than the last install.
# Usage: ensure_node_packages WHAT FILE...   (WHAT names the packages in the progress line)
ensure_node_packages() {
  local what=$1; shift
  local missing=0 file
  for file in "$@"; do [ -f "$file" ] || missing=1; done
  if [ "$missing" -eq 1 ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "== npm ci ($what, from package-lock.json)"
    # No install scripts: vnu-jar's would try to download a Java of its own; the machine's Java is used instead.
    npm ci --ignore-scripts --no-audit --no-fund
  fi
}
