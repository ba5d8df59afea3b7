#!/usr/bin/env bash
# Sums the <Counters> of every TRX file under a folder into the one line CI reads:
# "N passed, N failed, N skipped". Fails when no TRX file was written.
dir=${1:-TestResults}; passed=0; failed=0; skipped=0; files=0
while IFS= read -r -d '' f; do
  files=$((files + 1))
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$c"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))
done < <(find "$dir" -name '*.trx' -print0 2>/dev/null)
[ "$files" -gt 0 ] || failed=$((failed + 1))
# Checks run outside dotnet test (see eng/e2e.sh) add their own counts.
passed=$((passed + ${EXTRA_PASSED:-0})); failed=$((failed + ${EXTRA_FAILED:-0}))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$files" -gt 0 ] && [ "$failed" -eq 0 ]
