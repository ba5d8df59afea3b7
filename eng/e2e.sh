#!/usr/bin/env bash
# Black-box checks of the built API, run by `./build.sh test` after the .NET tests:
#   1. the graphql-http audit (every GraphQL-over-HTTP server audit; fails on any warn or error),
#   2. GraphiQL at /graphql/ui in headless Chromium runs a query with a dev token and shows the result.
# Prints "e2e: N passed, N failed" and exits non-zero when a check fails.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (Debian package chromium) for the GraphiQL check..."
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  else
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  fi
fi
(cd tests/e2e && npm ci --no-audit --no-fund --ignore-scripts --silent) || { echo "e2e: npm ci failed"; echo "e2e: 0 passed, 2 failed"; exit 1; }

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
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])') || { echo "e2e: the API did not start:"; tail -20 "$data/api.log"; echo "e2e: 0 passed, 2 failed"; exit 1; }

if node tests/e2e/graphql-http-audit.mjs "$base/graphql" "$token" > "$data/audit.log" 2>&1; then
  passed=$((passed + 1)); tail -1 "$data/audit.log"
else
  failed=$((failed + 1)); grep -vE '^ok ' "$data/audit.log"
fi

if node tests/e2e/graphiql-check.mjs "$base" "$token" "${E2E_SCREENSHOT:-$data/graphiql.png}" > "$data/graphiql.log" 2>&1; then
  passed=$((passed + 1)); tail -1 "$data/graphiql.log"
else
  failed=$((failed + 1)); cat "$data/graphiql.log"
fi

# graphql-transport-ws: the graphql-ws client receives a subscription event, raw ws sockets get each close code.
for check in graphql-ws-check ws-close-codes; do
  if node "tests/e2e/$check.mjs" "$base" "$token" > "$data/$check.log" 2>&1; then
    passed=$((passed + 1)); tail -1 "$data/$check.log"
  else
    failed=$((failed + 1)); cat "$data/$check.log"
  fi
done

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
