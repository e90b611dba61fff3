#!/usr/bin/env bash
# Cold `make run`: a fresh clone, no .venv, pip's cache off, time to the first page.
# usage: cold_run.sh REPO_DIR_OR_URL REF LABEL
set -euo pipefail
src=$1; ref=$2; label=$3
dir=$(mktemp -d /tmp/fu-cold-$label-XXXX)
git clone --quiet "$src" "$dir/clone"
cd "$dir/clone"; git checkout --quiet "$ref"
export FOLLOWUP_HOME="$dir/home" PIP_NO_CACHE_DIR=1
start=$(date +%s.%N)
setsid make run PORT=0 >"$dir/run.log" 2>&1 &
echo $! >"$dir/run.pid"
url=""
for _ in $(seq 1 1200); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$dir/run.log" | head -1 || true)
  if [ -n "$url" ] && curl -fs -o /dev/null "$url"; then break; fi
  sleep 0.2
done
end=$(date +%s.%N)
echo "$label: first page at $url after $(echo "$end - $start" | bc) s"
echo "$label: .venv size $(du -sm .venv | cut -f1) MB ($(du -s --apparent-size -m .venv | cut -f1) MB apparent)"
echo "$label: packages $(.venv/bin/python -m pip list 2>/dev/null | tail -n +3 | wc -l)"
# make and its serve child share the process group setsid made
kill -- -"$(cat "$dir/run.pid")" 2>/dev/null || true
