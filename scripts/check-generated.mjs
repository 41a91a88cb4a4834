// Keeps generated files honest: the GraphQL schema printed from the API's resolvers and the web app's typed
// documents generated from it. Regenerates both; fails (unless --write) when the committed copies were stale.
import { readFileSync, existsSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './lib/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');
const schemaFile = path.join(root, 'apps/web/src/graphql/schema.graphql');
const generatedDir = path.join(root, 'apps/web/src/graphql/generated');

function snapshot() {
  const files = [schemaFile, ...(existsSync(generatedDir) ? readdirSync(generatedDir).map((name) => path.join(generatedDir, name)) : [])];
  return new Map(files.filter(existsSync).map((file) => [file, readFileSync(file, 'utf8')]));
}

const before = snapshot();
await run('node', [path.join(root, 'apps/api/dist/schema/print-schema.js'), schemaFile], { cwd: root });
await run(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], { cwd: path.join(root, 'apps/web') });
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (changed.length > 0 && !write) {
  console.error(`Generated files were stale and have been regenerated; commit them:\n${changed.map((file) => `  ${path.relative(root, file)}`).join('\n')}`);
  process.exit(1);
}
console.log(changed.length > 0 ? `Regenerated ${changed.length} file(s).` : 'Generated files are up to date.');
