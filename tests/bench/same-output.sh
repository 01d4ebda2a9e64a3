#!/bin/bash
# Identical-output check for engine speed work: writes every answer the engine gives on the
# project's labelled sets into one folder, so two versions can be compared with `diff -r`.
#   tests/bench/same-output.sh /tmp/before    (on the version before the change)
#   tests/bench/same-output.sh /tmp/after     (after it, e.g. after a merge)
#   diff -r /tmp/before /tmp/after && echo IDENTICAL
# It holds: eval-drafts on every draft set (top level, dev/, train/), the last line of
# eval:upset, and tests/bench/analyze-dump.ts (one md5 per analyze() call, every draft set in tests/fixtures/drafts).
set -euo pipefail
out=${1:?usage: tests/bench/same-output.sh <folder>}
mkdir -p "$out"
cd "$(dirname "$0")/../.."
for file in tests/fixtures/drafts/*.jsonl tests/fixtures/drafts/dev/*.jsonl tests/fixtures/drafts/train/*.jsonl; do
  name=$(echo "$file" | sed 's|tests/fixtures/drafts/||; s|/|_|g')
  npx tsx scripts/eval-drafts.ts "$file" > "$out/$name.out" 2>&1
done
npm run -s eval:upset | tail -1 > "$out/upset.out"
# The dump names the file it wrote: only its last line (the md5 of every call) is kept.
npx tsx tests/bench/analyze-dump.ts "$out/dump.tsv" | tail -1 > "$out/dump.out"
