// Introspects the running API as every role with graphql-js's full introspection query and rebuilds the schema
// from each answer, as graphql-codegen, GraphiQL and Apollo tooling do.
//
//   node introspection-check.mjs BASE_URL [QUERY_FILE]
//   node introspection-check.mjs http://localhost:5080 tests/Panelist.Api.Tests/Schema/IntrospectionQuery.graphql
//
// Tokens come from BASE_URL/dev/token (Development only), one per role. Passes (exit 0) when every role's
// answer has no errors and buildClientSchema accepts it, and, when QUERY_FILE is given, that file (the
// .NET tests' copy) still holds exactly graphql-js's query. Anything else prints why and exits 1.
import { readFileSync } from 'node:fs';
import { buildClientSchema } from 'graphql';
import { QUERY } from './introspection-query.mjs';
import { devToken, postGraphQL } from './live-api.mjs';

const ROLES = ['PLATFORM_ADMIN', 'CLIENT_ADMIN', 'RECRUITER', 'ANALYST', 'AUDITOR', 'INTERVIEWER'];

const [baseArg, queryFile] = process.argv.slice(2);
if (!baseArg || !/^https?:\/\//i.test(baseArg)) {
  console.error('usage: node introspection-check.mjs BASE_URL [QUERY_FILE]   (e.g. http://localhost:5080)');
  process.exit(2);
}
const baseUrl = baseArg.replace(/\/+$/, '');

const failures = [];
if (queryFile && readFileSync(queryFile, 'utf8') !== QUERY) {
  failures.push(`${queryFile} is not graphql-js's current introspection query; regenerate it: node tests/e2e/introspection-query.mjs > ${queryFile}`);
}

const counts = [];
for (const role of ROLES) {
  try {
    const { status, body } = await postGraphQL(`${baseUrl}/graphql`, await devToken(baseUrl, role), QUERY);
    if (status !== 200 || body.errors?.length) {
      failures.push(`${role}: HTTP ${status}, errors ${JSON.stringify(body.errors ?? null).slice(0, 400)}`);
      continue;
    }
    const schema = buildClientSchema(body.data);
    counts.push(`${role} ${Object.keys(schema.getTypeMap()).length}`);
  } catch (error) {
    failures.push(`${role}: ${error.message.split('\n')[0]}`);
  }
}

if (failures.length) {
  console.error(`introspection check: FAILED --\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`introspection check: ok -- graphql-js's full introspection query answered and rebuilt for every role (types: ${counts.join(', ')})`);
