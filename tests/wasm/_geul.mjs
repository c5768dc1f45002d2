// Shared by the node tests: where the WASM build, the native CLI and the fixtures are.
// CTest passes GEUL_WASM_DIR and GEUL_CLI; the defaults fit `make test` (build/).
// Not a test file itself (node --test only runs *.test.mjs here).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const wasmDir = process.env.GEUL_WASM_DIR || path.join(repo, 'build', 'wasm');
export const cliPath = process.env.GEUL_CLI || path.join(repo, 'build', 'geul');
export const dataDir = process.env.GEUL_TEST_DATA_DIR || path.join(repo, 'tests', 'data');

function need(file, what) {
  if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file} (build it: make test, or set its variable)`);
  return file;
}

export const wasmBinary = () => fs.readFileSync(need(path.join(wasmDir, 'geul-core.wasm'), 'the WASM build (GEUL_WASM_DIR)'));

// The ES module build: the module namespace and a fresh instance.
export async function loadModule() {
  const mod = await import(pathToFileURL(need(path.join(wasmDir, 'geul.js'), 'the WASM build (GEUL_WASM_DIR)')).href);
  return mod;
}
export async function createInstance() {
  const mod = await loadModule();
  return mod.createGeul({ wasmBinary: wasmBinary() });
}

export function cli() {
  return need(cliPath, 'the native CLI (GEUL_CLI)');
}

// The team-written fixtures the parity test covers.
export function fixtureFiles() {
  const articles = path.join(dataDir, 'articles');
  const files = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(articles, f));
  files.push(path.join(dataDir, 'noise', 'news-noise.txt'));
  return files;
}

// Removes the fields the JS layer adds (…Js, and the match text of choseongSearch) to compare with native JSON.
export function withoutJsFields(value) {
  if (Array.isArray(value)) return value.map(withoutJsFields);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (!k.endsWith('Js')) out[k] = withoutJsFields(v);
    return out;
  }
  return value;
}
