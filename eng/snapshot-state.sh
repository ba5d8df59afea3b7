#!/usr/bin/env bash
# Prints a fingerprint of every snapshot and the exported schema, tracked or not, so a test run that
# writes or changes one is noticed (Snapshooter silently creates missing snapshots and passes).
cd "$(dirname "$0")/.." || exit 1
find schema tests -path '*/bin' -prune -o -path '*/obj' -prune -o \( -path '*__snapshots__/*' -o -path 'schema/*' \) -type f -print 2>/dev/null \
  | grep -v '__mismatch__' | sort | xargs -r sha256sum
