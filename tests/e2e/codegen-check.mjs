// graphql-codegen (typescript + typescript-operations) generates types for the README's example operations,
// once from the live endpoint and once from the committed SDL, and tsc compiles both, as a frontend team does.
//
//   node codegen-check.mjs BASE_URL TOKEN SCHEMA_FILE README
//   node codegen-check.mjs http://localhost:5080 "$TOKEN" schema/schema.graphql README.md
//
// The operations are the README's ```graphql blocks, written to .graphql documents at run time, so the check
// follows the README as it is edited. The live endpoint is introspected with graphql-js's full query options
// (oneOf included, or @oneOf inputs come out as plain ones). Passes (exit 0) when codegen succeeds from both
// sources, both outputs are the same TypeScript apart from comments, and `tsc --noEmit --strict` accepts them.
// Anything else prints why and exits 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { generate } from '@graphql-codegen/cli';
import { OPTIONS } from './introspection-query.mjs';

const [baseArg, token, schemaFile, readme] = process.argv.slice(2);
if (!baseArg || !/^https?:\/\//i.test(baseArg) || !token || !schemaFile || !readme) {
  console.error('usage: node codegen-check.mjs BASE_URL TOKEN SCHEMA_FILE README   (e.g. http://localhost:5080 "$TOKEN" schema/schema.graphql README.md)');
  process.exit(2);
}
const endpoint = `${baseArg.replace(/\/+$/, '')}/graphql`;
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const ts = require('typescript');
const work = mkdtempSync(join(tmpdir(), 'codegen-check-'));

/** The bodies of the ```graphql fences of a Markdown file. */
function graphqlBlocks(markdown) {
  return [...markdown.matchAll(/^```graphql[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)].map((match) => match[1]);
}

/**
 * The TypeScript without its comments. codegen writes a scalar's description only when the schema came from
 * SDL (it reads the scalar's AST node, which a schema built from introspection lacks), so doc comments differ.
 */
function withoutComments(source) {
  return ts.createPrinter({ removeComments: true }).printFile(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest));
}

async function generateFrom(schema, output) {
  const documents = join(work, '*.graphql');
  const plugins = ['typescript', 'typescript-operations'];
  await generate({ schema, documents, generates: { [output]: { plugins } }, silent: true, errorsOnly: true }, true);
  return readFileSync(output, 'utf8');
}

try {
  const blocks = graphqlBlocks(readFileSync(readme, 'utf8'));
  if (blocks.length === 0) {
    throw new Error(`${readme} has no \`\`\`graphql blocks`);
  }
  blocks.forEach((block, i) => writeFileSync(join(work, `readme-${i + 1}.graphql`), block));
  const operations = blocks.join('\n').match(/^\s*(query|mutation|subscription)\s+\w+/gm)?.map((o) => o.trim()) ?? [];

  const liveFile = join(work, 'live.ts');
  const sdlFile = join(work, 'sdl.ts');
  const live = await generateFrom([{ [endpoint]: { headers: { Authorization: `Bearer ${token}` }, ...OPTIONS } }], liveFile);
  const sdl = await generateFrom(resolve(schemaFile), sdlFile);
  if (withoutComments(live) !== withoutComments(sdl)) {
    throw new Error(`the types generated from ${endpoint} differ from those generated from ${schemaFile} (compare ${liveFile} and ${sdlFile})`);
  }

  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: true, types: [] },
    files: ['live.ts', 'sdl.ts'],
  }));
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(work, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`tsc --noEmit failed:\n${(error.stdout || error.stderr || error.message).slice(0, 2000)}`);
  }

  console.log(`codegen check: ok -- typescript + typescript-operations from ${endpoint} and from ${schemaFile} give the same ${live.split('\n').length} lines (comments aside) for ${readme}'s ${operations.join(', ')}; tsc --noEmit --strict accepts them`);
  rmSync(work, { recursive: true, force: true });
} catch (error) {
  console.error(`codegen check: FAILED -- ${error.message}\n  (files kept in ${work})`);
  process.exit(1);
}
