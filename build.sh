#!/usr/bin/env bash
# Panelist build entry point.
#   ./build.sh test    restore, build, start a throwaway PostgreSQL (unless PANELIST_TEST_POSTGRES is set),
#                      run every test project, fail on new or changed snapshots, print "N passed, N failed".
#   ./build.sh build   restore and build only.
set -uo pipefail
cd "$(dirname "$0")"
command=${1:-test}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build() {
  dotnet restore Api.sln --nologo -v quiet || return 1
  dotnet build Api.sln --no-restore --nologo -v quiet -clp:ErrorsOnly || return 1
}

case "$command" in
  build) build; exit $? ;;
  test) ;;
  *) echo "usage: ./build.sh [build|test]" >&2; exit 2 ;;
esac

started=$(date +%s)
build || { echo "0 passed, 1 failed"; exit 1; }
echo "build: $(( $(date +%s) - started )) s"

if [ -z "${PANELIST_TEST_POSTGRES:-}" ]; then
  # shellcheck source=eng/postgres.sh
  source eng/postgres.sh
  start_throwaway_postgres || { echo "PostgreSQL could not be started"; echo "0 passed, 1 failed"; exit 1; }
  trap stop_throwaway_postgres EXIT
fi
export PANELIST_REQUIRE_POSTGRES=1

snapshots_before=$(eng/snapshot-state.sh)
rm -rf TestResults
test_started=$(date +%s)
Logging__LogLevel__Default=Warning dotnet test Api.sln --no-build --nologo --logger trx --results-directory TestResults
rc=$?
echo "tests: $(( $(date +%s) - test_started )) s"

if [ "$(eng/snapshot-state.sh)" != "$snapshots_before" ]; then
  echo "Snapshots or schema/ changed during the run (Snapshooter writes missing snapshots and passes):"
  diff <(echo "$snapshots_before") <(eng/snapshot-state.sh) | sed 's/^/  /'
  echo "Review them and commit the ones that are right."
  rc=1
fi

# The black-box checks (graphql-http audit, GraphiQL in Chromium) count as two more tests.
e2e_out=$(eng/e2e.sh 2>&1); e2e_rc=$?
echo "$e2e_out"
[ $e2e_rc -eq 0 ] || rc=1
export EXTRA_PASSED=$(sed -n 's/^e2e: \([0-9]*\) passed.*/\1/p' <<<"$e2e_out" | tail -1)
export EXTRA_FAILED=$(sed -n 's/^e2e: [0-9]* passed, \([0-9]*\) failed.*/\1/p' <<<"$e2e_out" | tail -1)
[ -n "$EXTRA_PASSED$EXTRA_FAILED" ] || EXTRA_FAILED=2

eng/trx-summary.sh TestResults || rc=1
exit $rc
