// analyzeCorpus: the WASM module's corpus JSON equals `geul corpus --json`
// byte for byte on the team's fixture stories (tests/data/stories, the sets
// tests/test_corpus.cpp checks), with the same names in the same order; the
// object API adds only JS indices, and they slice out each span's text from
// the right document; bad input is a GeulError, and the instance keeps working.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

import { cli, createInstance, dataDir, loadModule, withoutJsFields } from './_geul.mjs';

const g = await createInstance();
const { GeulError } = await loadModule();
const geulCli = cli();

// The fixture set's articles, sorted by name (as test_corpus.cpp reads them).
function storySet(name) {
  const dir = path.join(dataDir, 'stories', name);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  assert.ok(files.length >= 5, `${dir}: ${files.length} articles`);
  return files.map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
}

const native = (args, files) =>
  execFileSync(geulCli, ['corpus', '--json', ...args, ...files], { stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');

// news-profile normalization: the text a span of the input reads as in the JSON.
const news = (s) => g.normalize(s, { profile: 'news' }).text;

// Every span of the result with the document it belongs to.
function spans(corpus) {
  const out = [];
  for (const story of corpus.stories) {
    for (const s of story.summary) out.push(['summary', s]);
    for (const sp of story.quotes) for (const q of sp.quotes) out.push(['quote', q]);
    for (const t of story.timeline) out.push(['timeline', t]);
  }
  for (const group of corpus.variants) for (const m of group.mentions) out.push(['mention', m]);
  return out;
}

function checkIndices(corpus, docs, label) {
  const all = spans(corpus);
  assert.ok(all.length > 0, `${label}: no spans`);
  for (const [kind, s] of all) {
    const text = docs[s.document].text;
    assert.ok(Number.isInteger(s.startJs) && Number.isInteger(s.endJs) && s.startJs <= s.endJs, `${label}: ${kind} ${s.start}`);
    // The byte offsets and the JS indices name the same stretch of the input.
    assert.equal(Buffer.byteLength(text.slice(0, s.startJs), 'utf8'), s.start, `${label}: ${kind} start ${s.start}`);
    assert.equal(Buffer.byteLength(text.slice(0, s.endJs), 'utf8'), s.end, `${label}: ${kind} end ${s.end}`);
    // …and it reads as the span's text once normalized (the JSON's text is normalized).
    assert.equal(news(text.slice(s.startJs, s.endJs)), s.text, `${label}: ${kind} in document ${s.document}`);
  }
  return all.length;
}

for (const set of ['a', 'b']) {
  test(`parity with geul corpus --json: stories/${set}`, () => {
    const docs = storySet(set);
    const files = docs.map((d) => d.name);
    for (const [args, options] of [[[], undefined], [['-k', '2'], { sentences: 2 }]]) {
      const label = `geul corpus --json ${args.join(' ')} stories/${set}`;
      const expected = native(args, files);
      assert.equal(g.rawJson('corpus', JSON.stringify(docs), options) + '\n', expected, `${label}: rawJson`);
      const corpus = g.analyzeCorpus(docs, options);
      assert.deepEqual(withoutJsFields(corpus), JSON.parse(expected), `${label}: object API`);
      const n = checkIndices(corpus, docs, label);
      assert.ok(n >= 15, `${label}: only ${n} spans`);
    }
  });
}

test('the fixture stories come out as the team annotated them', () => {
  // Set b: four reports of the fare rise (with two copies and a shortened
  // reprint) and the heat warning alone — the goldens of test_corpus.cpp.
  const docs = storySet('b');
  const corpus = g.analyzeCorpus(docs);
  assert.deepEqual(corpus.stories.map((s) => s.documents), [[0, 1, 2, 3], [4]]);
  assert.deepEqual(corpus.duplicates.map((d) => [d.a, d.b]), [[0, 1], [0, 2], [1, 2]]);
  assert.deepEqual(corpus.documents.map((d) => d.file), docs.map((d) => d.name));
  // Set a: Verhagen's three spellings are one group, with every mention in the documents.
  const a = storySet('a');
  const ca = g.analyzeCorpus(a);
  const verhagen = ca.variants.find((v) => v.canonical === 'Joost Verhagen');
  assert.ok(verhagen, JSON.stringify(ca.variants.map((v) => v.canonical)));
  for (const form of ['요스트 페르하겐', '요스트 베르하겐', '요스트 페어하겐']) assert.ok(verhagen.forms.includes(form), form);
  for (const m of verhagen.mentions) assert.equal(a[m.document].text.slice(m.startJs, m.endJs), m.text);
});

test('plain strings are named by position; JS indices survive astral characters and lone surrogates', () => {
  const docs = storySet('b');
  // Astral characters (2 code units, 4 bytes) and a lone surrogate (1 unit, read
  // as U+FFFD: 3 bytes) in front of every document move bytes and indices apart.
  const texts = docs.map((d) => `🙂\uD800 𝕏\n${d.text}`);
  const corpus = g.analyzeCorpus(texts);
  assert.deepEqual(corpus.documents.map((d) => d.file), texts.map((_, i) => `document ${i + 1}`));
  const fixed = texts.map((t) => ({ text: t.replace('\uD800', '\uFFFD') }));
  checkIndices(corpus, fixed, 'prefixed');
  // The native CLI reads the same bytes (U+FFFD where the lone surrogate was).
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geul-corpus-'));
  try {
    const files = fixed.map((d, i) => {
      const file = path.join(tmp, `document ${i + 1}`);
      fs.writeFileSync(file, d.text);
      return file;
    });
    const expected = JSON.parse(native([], files));
    expected.documents.forEach((d, i) => { d.file = `document ${i + 1}`; });
    assert.deepEqual(withoutJsFields(corpus), expected);
    // rawJson takes the lone surrogate as JSON.stringify escapes it.
    assert.deepEqual(JSON.parse(g.rawJson('corpus', JSON.stringify(texts))), expected);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('bad input is a GeulError with a clear message, and the instance keeps working', () => {
  const cases = [
    ['a string', () => g.analyzeCorpus('광주 도시철도'), /documents must be an array/],
    ['an object', () => g.analyzeCorpus({ text: '광주' }), /documents must be an array/],
    ['nothing', () => g.analyzeCorpus(), /documents must be an array/],
    ['an empty array', () => g.analyzeCorpus([]), /documents is empty/],
    ['a number as text', () => g.analyzeCorpus([{ name: 'x', text: 42 }]), /documents\[0\]\.text must be a string/],
    ['no text', () => g.analyzeCorpus(['가', { name: 'y' }]), /documents\[1\]\.text must be a string/],
    ['bytes as text', () => g.analyzeCorpus([{ text: new Uint8Array([0xea, 0xb0, 0x80]) }]), /documents\[0\]\.text must be a string/],
    ['a number as document', () => g.analyzeCorpus(['가', 7]), /documents\[1\] must be a \{name, text\} object or a string/],
    ['null as document', () => g.analyzeCorpus([null]), /documents\[0\] must be/],
    ['a number as name', () => g.analyzeCorpus([{ name: 5, text: '가' }]), /documents\[0\]\.name must be a string/],
    ['zero sentences', () => g.analyzeCorpus(['가'], { sentences: 0 }), /sentences must be a positive whole number/],
    // The same checks on the C++ side, for rawJson callers.
    ['raw: not JSON', () => g.rawJson('corpus', '[{"text": "가"'), /corpus: the documents are not valid JSON/],
    ['raw: not an array', () => g.rawJson('corpus', '{"text": "가"}'), /corpus: documents must be an array/],
    ['raw: empty', () => g.rawJson('corpus', '[]'), /corpus: documents is empty/],
    ['raw: non-string text', () => g.rawJson('corpus', '[{"name": "a", "text": ["가"]}]'), /corpus: documents\[0\]\.text must be a string/],
    ['raw: non-string name', () => g.rawJson('corpus', '[{"name": 1, "text": "가"}]'), /corpus: documents\[0\]\.name must be a string/],
  ];
  for (const [label, call, message] of cases) {
    assert.throws(call, (e) => e instanceof GeulError && message.test(e.message), label);
  }
  // Unknown options are a TypeError, as for every operation.
  assert.throws(() => g.analyzeCorpus(['가'], { window: 3 }), TypeError);
  // Still usable: a one-document corpus is one story.
  const one = g.analyzeCorpus([{ name: 'one', text: storySet('b')[4].text }]);
  assert.equal(one.stories.length, 1);
  assert.deepEqual(one.stories[0].documents, [0]);
  assert.equal(one.documents[0].file, 'one');
  // Empty texts are documents too (a story each, nothing in it).
  const empty = g.analyzeCorpus(['', '']);
  assert.equal(empty.documents.length, 2);
  assert.equal(empty.documents[0].title, null);
});
