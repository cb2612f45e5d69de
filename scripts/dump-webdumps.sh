#!/bin/sh
# Usage: scripts/dump-webdumps.sh w3m|lynx WEBDUMPS_DIR OUT_DIR [COLUMNS]
#
# The webdumps pages dumped again from their HTML, the gold files linked beside them, so that
# `npm run eval -- meta OUT_DIR` scores artparse on other dumps of the same pages:
# - w3m at COLUMNS (default 80) instead of 2000: the hard-wrapped variant the corpus README
#   describes (src/document/soft-breaks.ts), with the corpus's own w3m options;
# - lynx (`lynx -dump -nolist`, COLUMNS wide): another text browser's dump (src/document/lynx.ts).
# Needs the Debian package of the tool (w3m, lynx).
set -eu
usage="usage: $0 w3m|lynx WEBDUMPS_DIR OUT_DIR [COLUMNS]"
tool=${1:?$usage}
src=${2:?$usage}
out=${3:?$usage}
cols=${4:-80}
case "$tool" in w3m|lynx) ;; *) echo "$usage" >&2; exit 2 ;; esac
command -v "$tool" >/dev/null || { echo "$0: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
src=$(cd "$src" && pwd)
mkdir -p "$out"
for html in "$src"/*.html; do
  name=$(basename "$html" .html)
  ln -sf "$src/$name.gold.json" "$out/$name.gold.json"
  if [ "$tool" = w3m ]; then
    w3m -dump -cols "$cols" -T text/html -I UTF-8 -O UTF-8 "$html" | sed -e 's/[ \t]*$//' > "$out/$name.txt"
  else
    lynx -dump -nolist -width="$cols" -assume_charset=utf-8 -display_charset=utf-8 -force_html "$html" > "$out/$name.txt" 2>/dev/null
  fi
done
echo "$out: $(ls "$out"/*.txt | wc -l) pages dumped by $tool at $cols columns"
