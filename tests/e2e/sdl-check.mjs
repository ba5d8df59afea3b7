// The schema a client rebuilds from introspection equals the committed contract, schema/schema.graphql.
//
//   node sdl-check.mjs BASE_URL TOKEN SCHEMA_FILE
//   node sdl-check.mjs http://localhost:5080 "$TOKEN" schema/schema.graphql
//
// Both sides are printed by graphql-js: printSchema(buildClientSchema(introspection)) against
// printSchema(buildSchema(SCHEMA_FILE)), in the order each one has (no sorting), so a change in the
// order of types or fields counts too. Passes (exit 0) when the two texts are equal; otherwise prints
// the first differing lines and exits 1.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, printSchema } from 'graphql';
import { QUERY } from './introspection-query.mjs';
import { postGraphQL } from './live-api.mjs';

const [baseArg, token, schemaFile] = process.argv.slice(2);
if (!baseArg || !/^https?:\/\//i.test(baseArg) || !token || !schemaFile) {
  console.error('usage: node sdl-check.mjs BASE_URL TOKEN SCHEMA_FILE   (e.g. http://localhost:5080 "$TOKEN" schema/schema.graphql)');
  process.exit(2);
}
const baseUrl = baseArg.replace(/\/+$/, '');

try {
  const { status, body } = await postGraphQL(`${baseUrl}/graphql`, token, QUERY);
  if (status !== 200 || body.errors?.length) {
    throw new Error(`introspection answered HTTP ${status} with errors ${JSON.stringify(body.errors ?? null).slice(0, 400)}`);
  }
  const live = printSchema(buildClientSchema(body.data));
  const file = printSchema(buildSchema(readFileSync(schemaFile, 'utf8')));
  if (live !== file) {
    const a = live.split('\n');
    const b = file.split('\n');
    const first = a.findIndex((line, i) => line !== b[i]);
    const at = first < 0 ? Math.min(a.length, b.length) : first;
    throw new Error(`the introspected SDL differs from ${schemaFile} at line ${at + 1}:\n` +
      `  introspection: ${a.slice(at, at + 3).join('\n                 ')}\n  ${schemaFile}: ${b.slice(at, at + 3).join('\n                 ')}`);
  }
  console.log(`sdl check: ok -- printSchema(buildClientSchema(introspection)) equals printSchema(buildSchema(${schemaFile})), ${file.split('\n').length} lines, unsorted`);
} catch (error) {
  console.error(`sdl check: FAILED -- ${error.message}`);
  process.exit(1);
}
