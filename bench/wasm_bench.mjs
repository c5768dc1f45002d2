// WASM module: sizes (raw and gzipped, by wasm section) and speed in Node, for
// one or more builds of wasm/build.sh. Run by bench/wasm_size.sh (`make bench`).
//
//   node bench/wasm_bench.mjs CORPUS_DIR NATIVE_CLI LABEL=BUILD_DIR [LABEL=BUILD_DIR …]
//
// The first build is the one shipped (printed again as wasm.size.* / wasm.speed.*).
// Speed input: CORPUS_DIR/seeds/*.txt when present (real articles, only read),
// otherwise the team's fixtures (tests/data/articles); repeated to >= 4 MB for
// the throughput rows; parse/summarize per article and analyzeCorpus on the
// articles themselves.
// MB = 10^6 input bytes per second, best of several runs. NATIVE_CLI ('-' for none)
// times `geul normalize --profile news` / `geul split --json` on the same bytes
// (one process: includes reading the file and writing the output).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';

const [corpusDir, nativeCli, ...builds] = process.argv.slice(2);
if (!builds.length) {
  console.error('usage: node bench/wasm_bench.mjs CORPUS_DIR NATIVE_CLI LABEL=BUILD_DIR…');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const print = (key, value) => console.log(`${key}=${value}`);

// Sizes of the wasm sections that matter: code (functions) and data (tables, strings).
function sections(wasm) {
  const out = {};
  let p = 8;
  const leb = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = wasm[p++];
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return v;
    }
  };
  const names = { 10: 'code', 11: 'data' };
  while (p < wasm.length) {
    const id = wasm[p++];
    const size = leb();
    if (names[id]) out[names[id]] = wasm.subarray(p, p + size);
    p += size;
  }
  return out;
}

function sizeReport(dir) {
  const file = (name) => fs.readFileSync(path.join(dir, name));
  const wasm = file('geul-core.wasm');
  const core = file('geul-core.js');
  const api = file('geul.js');
  const single = file('geul.single.js');
  const s = sections(wasm);
  return {
    wasm_bytes: wasm.length,
    wasm_gzip_bytes: gzipSize(wasm),
    core_js_bytes: core.length,
    core_js_gzip_bytes: gzipSize(core),
    api_js_bytes: api.length,
    api_js_gzip_bytes: gzipSize(api),
    total_gzip_bytes: gzipSize(wasm) + gzipSize(core) + gzipSize(api),
    single_js_bytes: single.length,
    single_js_gzip_bytes: gzipSize(single),
    code_section_bytes: s.code.length,
    code_section_gzip_bytes: gzipSize(s.code),
    data_section_bytes: s.data ? s.data.length : 0,
    data_section_gzip_bytes: s.data ? gzipSize(s.data) : 0,
  };
}

function inputs() {
  const seeds = path.join(corpusDir, 'seeds');
  let dir = seeds;
  let source = 'corpus';
  if (!fs.existsSync(seeds)) {
    dir = path.join(repo, 'tests', 'data', 'articles');
    source = 'fixtures';
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const articles = files.map((f) => fs.readFileSync(f, 'utf8'));
  let big = articles.join('\n\n');
  while (Buffer.byteLength(big) < 4e6) big += '\n\n' + big;
  return { source, articles, big, bytes: Buffer.byteLength(big) };
}

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return min;
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function speedReport(dir, input) {
  const mod = await import(pathToFileURL(path.join(dir, 'geul.js')).href);
  const wasmBinary = fs.readFileSync(path.join(dir, 'geul-core.wasm'));
  // Start-up: compile + instantiate from bytes (what a page pays after download).
  const inits = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    await mod.createGeul({ wasmBinary });
    inits.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const singleSource = fs.readFileSync(path.join(dir, 'geul.single.js'), 'utf8');
  const singleInits = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const ctx = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, atob, console, setTimeout, URL });
    vm.runInContext(singleSource, ctx);
    await ctx.geul.createGeul();
    singleInits.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const g = await mod.createGeul({ wasmBinary });
  g.normalize(input.big, { profile: 'news' });  // warm up (and grow memory once)
  const news = best(5, () => g.normalize(input.big, { profile: 'news' }));
  const nfc = best(5, () => g.normalize(input.big));
  const split = best(5, () => g.splitSentences(input.big));
  // One article at a time with changes, as the explorer calls it while typing.
  const rounds = 20;
  const perArticle = best(3, () => {
    for (let r = 0; r < rounds; r++) for (const a of input.articles) g.normalize(a, { profile: 'news', changes: true });
  }) / (rounds * input.articles.length);
  // The article operations, one article at a time, and the corpus on all of them.
  const perArticleOp = (fn) => best(3, () => {
    for (let r = 0; r < 5; r++) for (const a of input.articles) fn(a);
  }) / (5 * input.articles.length);
  const parse = perArticleOp((a) => g.parse(a));
  const summarize = perArticleOp((a) => g.summarize(a));
  const corpus = best(3, () => g.analyzeCorpus(input.articles.map((text, i) => ({ name: `${i}.txt`, text }))));
  return {
    init_ms: median(inits).toFixed(2),
    parse_article_us: (parse * 1e6).toFixed(1),
    summarize_article_us: (summarize * 1e6).toFixed(1),
    analyze_corpus_ms: (corpus * 1e3).toFixed(2),
    corpus_articles: input.articles.length,
    single_init_ms: median(singleInits).toFixed(2),
    normalize_news_mbps: (input.bytes / news / 1e6).toFixed(1),
    normalize_nfc_mbps: (input.bytes / nfc / 1e6).toFixed(1),
    split_mbps: (input.bytes / split / 1e6).toFixed(1),
    normalize_article_changes_us: (perArticle * 1e6).toFixed(1),
  };
}

function nativeReport(input) {
  if (!nativeCli || nativeCli === '-' || !fs.existsSync(nativeCli)) return null;
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geul-wasm-bench-')), 'input.txt');
  fs.writeFileSync(tmp, input.big);
  const run = (args) => best(3, () => execFileSync(nativeCli, [...args, tmp], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 }));
  const r = {
    normalize_news_mbps: (input.bytes / run(['normalize', '--profile', 'news']) / 1e6).toFixed(1),
    split_mbps: (input.bytes / run(['split', '--json']) / 1e6).toFixed(1),
  };
  fs.rmSync(path.dirname(tmp), { recursive: true });
  return r;
}

const input = inputs();
print('wasm.speed.input', `${input.source}:${input.bytes}`);
let first = true;
for (const spec of builds) {
  const [label, dir] = spec.split('=');
  const size = sizeReport(dir);
  const speed = await speedReport(dir, input);
  for (const [k, v] of Object.entries(size)) print(`wasm.size.${label}.${k}`, v);
  for (const [k, v] of Object.entries(speed)) print(`wasm.speed.${label}.${k}`, v);
  if (first) {
    print('wasm.opt', label);
    for (const [k, v] of Object.entries(size)) print(`wasm.size.${k}`, v);
    for (const [k, v] of Object.entries(speed)) print(`wasm.speed.${k}`, v);
    first = false;
  }
}
const native = nativeReport(input);
if (native) for (const [k, v] of Object.entries(native)) print(`wasm.speed.native_cli.${k}`, v);
