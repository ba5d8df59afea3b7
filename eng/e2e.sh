#!/usr/bin/env bash
# Black-box checks of the built API with real clients, run by `./build.sh test` after the .NET tests:
#   1. the graphql-http audit (every GraphQL-over-HTTP server audit; fails on any warn or error),
#   2. GraphiQL at /graphql/ui in headless Chromium: the Docs explorer lists Query's fields, the editor
#      autocompletes a field, a query runs with a dev token, and a subscription shows an event after a mutation,
#   3. graphql-js's full introspection query answers for every role and buildClientSchema accepts it,
#   4. the SDL printed from introspection equals schema/schema.graphql,
#   5. graphql-codegen (typescript, typescript-operations) types the README's operations from the live
#      endpoint and from schema/schema.graphql, and tsc --noEmit compiles them,
#   6. the graphql-ws client subscribes over graphql-transport-ws and receives an event after a mutation,
#   7. the graphql-ws client subscribes to metricsUpdated and receives the new snapshot within 2 s of a mutation,
#   8. raw ws sockets get each of the protocol's close codes,
#   9. the candidate page opens from its signed link in Chromium (no JavaScript), shows the brand and the zone, and
#      feedback sent with the keyboard is the interview's candidateFeedback in the API.
# Prints "e2e: N passed, N failed" and exits non-zero when a check fails.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0; checks=5

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (Debian package chromium) for the GraphiQL check..."
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  fi
fi
# npm ci takes ~20 s (codegen and TypeScript); skip it when node_modules was installed from this very lock file.
lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ "$(cat tests/e2e/node_modules/.installed-from-lock 2>/dev/null)" != "$lock_sum" ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --ignore-scripts --silent && echo "$lock_sum" > node_modules/.installed-from-lock) \
    || { echo "e2e: npm ci failed"; echo "e2e: 0 passed, $checks failed"; exit 1; }
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/panelist-e2e.XXXXXX)
api_dll=src/Api/Panelist.Api/bin/Debug/net10.0/Panelist.Api.dll
(cd src/Api/Panelist.Api && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  Database__ConnectionString="Data Source=$data/e2e.db" Limits__RequestsPerWindow=100000 \
  exec dotnet "../../../$api_dll" --urls "http://127.0.0.1:$port") >"$data/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$data"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
token=$(curl -fs -X POST "$base/dev/token" -H 'content-type: application/json' -d '{"role":"RECRUITER","organization":"acme"}' \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])') || { echo "e2e: the API did not start:"; tail -20 "$data/api.log"; echo "e2e: 0 passed, $checks failed"; exit 1; }

# check NAME COMMAND...: one e2e test; prints the command's last line when it passes, all of its output when not.
check() {
  local name=$1 start=$SECONDS; shift
  if "$@" > "$data/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "$(grep -v '^  ' "$data/$name.log" | tail -1) [$((SECONDS - start)) s]"
  else
    failed=$((failed + 1)); grep -vE '^ok ' "$data/$name.log"
  fi
}

check audit node tests/e2e/graphql-http-audit.mjs "$base/graphql" "$token"
check graphiql node tests/e2e/graphiql-check.mjs "$base" "$token" "${E2E_SCREENSHOT:-$data/graphiql.png}"
check introspection node tests/e2e/introspection-check.mjs "$base" tests/Panelist.Api.Tests/Schema/IntrospectionQuery.graphql
check sdl node tests/e2e/sdl-check.mjs "$base" "$token" schema/schema.graphql
check codegen node tests/e2e/codegen-check.mjs "$base" "$token" schema/schema.graphql README.md

# graphql-transport-ws: the graphql-ws client receives a subscription event, raw ws sockets get each close code.
check graphql-ws node tests/e2e/graphql-ws-check.mjs "$base" "$token"
check graphql-ws-metrics node tests/e2e/graphql-ws-metrics-check.mjs "$base" "$token"
check ws-close-codes node tests/e2e/ws-close-codes.mjs "$base" "$token"
check candidate-page node tests/e2e/candidate-page-check.mjs "$base" "$token" ${E2E_SCREENSHOT_DIR:+"$E2E_SCREENSHOT_DIR"}

echo "e2e: $passed passed, $failed failed in $SECONDS s"
[ "$failed" -eq 0 ]
