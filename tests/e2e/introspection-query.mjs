// graphql-js's full introspection query: the one graphql-codegen, GraphiQL, Apollo tooling and others send.
//
//   node introspection-query.mjs            prints it
//   node introspection-query.mjs FILE       exits 1 (and says so) when FILE does not hold exactly that text
//
// The .NET tests read it from tests/Panelist.Api.Tests/Schema/IntrospectionQuery.graphql; eng/e2e.sh checks that
// file with the second form, so it stays the query graphql-js really sends. Regenerate it with
//   node tests/e2e/introspection-query.mjs > tests/Panelist.Api.Tests/Schema/IntrospectionQuery.graphql
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';

/** Every option graphql-js has; the defaults leave out parts real clients ask for (oneOf: the schema has @oneOf inputs). */
export const OPTIONS = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
export const QUERY = getIntrospectionQuery(OPTIONS);

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stdout.write(QUERY);
  } else if (readFileSync(file, 'utf8') !== QUERY) {
    console.error(`${file} is not graphql-js's current introspection query; regenerate it: node tests/e2e/introspection-query.mjs > ${file}`);
    process.exit(1);
  }
}
