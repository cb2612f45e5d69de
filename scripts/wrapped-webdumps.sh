#!/bin/sh
# Usage: scripts/wrapped-webdumps.sh WEBDUMPS_DIR OUT_DIR [COLUMNS]
#
# The hard-wrapped variant of the webdumps corpus that its README describes: each page's HTML
# dumped by w3m at COLUMNS (default 80) instead of 2000, the gold files linked beside it, so
# that `npm run eval -- meta OUT_DIR` scores artparse on text wrapped as a terminal or an
# e-mail wraps it. Needs w3m (Debian package w3m), the version the corpus was made with.
set -eu
src=${1:?usage: $0 WEBDUMPS_DIR OUT_DIR [COLUMNS]}
out=${2:?usage: $0 WEBDUMPS_DIR OUT_DIR [COLUMNS]}
cols=${3:-80}
command -v w3m >/dev/null || { echo "$0: w3m is not installed (apt-get install w3m)" >&2; exit 1; }
src=$(cd "$src" && pwd)
mkdir -p "$out"
for html in "$src"/*.html; do
  name=$(basename "$html" .html)
  ln -sf "$src/$name.gold.json" "$out/$name.gold.json"
  w3m -dump -cols "$cols" -T text/html -I UTF-8 -O UTF-8 "$html" | sed -e 's/[ \t]*$//' > "$out/$name.txt"
done
echo "$out: $(ls "$out"/*.txt | wc -l) pages dumped at $cols columns"
