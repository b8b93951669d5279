#!/usr/bin/env bash
# Runs the engine's `bench` and the two peer linters in turn, round after round, so each engine figure has the
# peers' warm figures of the same minute beside it. The machine's speed changes from minute to minute; the peers
# show how fast it was when the engine was measured.
#
# Usage: bash bench/side-by-side.sh [rounds] [corpus-dir]      (defaults: 10 rounds, ../shared/corpus/dockerfiles)
# Needs a Release build of the CLI (it builds one when missing) and ../shared/peers (it runs `npm ci` there once).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-10}"
CORPUS="$(realpath "${2:-../shared/corpus/dockerfiles}")"
PEERS="$(realpath ../shared/peers)"
CLI=src/CoursePlatform.Cli/bin/Release/net10.0/courseplatform.dll
[ -f "$CLI" ] || dotnet build src/CoursePlatform.Cli -c Release -nologo -v quiet >/dev/null
[ -d "$PEERS/node_modules" ] || (cd "$PEERS" && npm ci --no-audit --no-fund >/dev/null)

field() { node -e 'const o = JSON.parse(require("fs").readFileSync(0, "utf8").trim().split("\n").pop()); console.log(o[process.argv[1]]);' "$1"; }

printf '%-8s %12s %8s %8s %18s %18s\n' time engine p50_us p99_us dockerfilelint dockerfile-utils
for round in $(seq "$ROUNDS"); do
  stamp=$(date -u +%T)
  engine=$(dotnet "$CLI" bench "$CORPUS" --passes 10 | tail -n 1)
  lint=$(cd "$PEERS" && node lint-peer.js dockerfilelint "$CORPUS" --quiet --json --passes=4 2>&1 >/dev/null | tail -n 1)
  utils=$(cd "$PEERS" && node lint-peer.js dockerfile-utils "$CORPUS" --quiet --json --passes=2 2>&1 >/dev/null | tail -n 1)
  printf '%-8s %12s %8s %8s %18s %18s\n' "$stamp" \
    "$(field filesPerSecond <<<"$engine")" "$(field p50Micros <<<"$engine")" "$(field p99Micros <<<"$engine")" \
    "$(field warm_files_per_sec <<<"$lint")" "$(field warm_files_per_sec <<<"$utils")"
done
