// Parity: for every team-written fixture, the WASM module's JSON equals the
// native CLI's JSON byte for byte (normalize --changes under each profile and
// a plain form, split --json, parse --json, summarize --json), whether the input arrives as a JS string or as
// the file's bytes; and the JS indices of the object API slice out the same text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';

import { cli, createInstance, fixtureFiles, withoutJsFields } from './_geul.mjs';

const g = await createInstance();
const geulCli = cli();

// [CLI arguments, rawJson operation, options]
const cases = [
  [['normalize', '--profile', 'news', '--changes'], 'normalize', { profile: 'news', changes: true }],
  [['normalize', '--profile', 'strict', '--changes'], 'normalize', { profile: 'strict', changes: true }],
  [['normalize', '--form', 'nfkc', '--changes'], 'normalize', { form: 'nfkc', changes: true }],
  [['split', '--json'], 'split', {}],
  [['split', '--json', '--soft-lines'], 'split', { lineBreaks: 'soft' }],
  [['parse', '--json'], 'parse', {}],
  [['summarize', '--json'], 'summarize', {}],
  [['summarize', '--json', '-k', '5', '--chars', '300'], 'summarize', { sentences: 5, maxChars: 300 }],
];

const native = (args, file) => execFileSync(geulCli, [...args, file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');

const files = fixtureFiles();
test('the fixtures are all there', () => {
  assert.ok(files.length >= 40, `only ${files.length} fixture files`);
  assert.ok(files.some((f) => f.endsWith('news-noise.txt')));
  // At least one fixture has CRLF line ends, so the repair path is compared too.
  assert.ok(files.some((f) => fs.readFileSync(f).includes(13)));
});

for (const file of files) {
  test(`parity: ${path.basename(file)}`, () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const text = fs.readFileSync(file, 'utf8');
    for (const [args, op, options] of cases) {
      const expected = native(args, file);
      const label = `geul ${args.join(' ')}`;
      assert.equal(g.rawJson(op, text, options) + '\n', expected, `${label}: string input`);
      assert.equal(g.rawJson(op, bytes, options) + '\n', expected, `${label}: byte input`);

      const parsed = JSON.parse(expected);
      if (op === 'normalize') {
        const r = g.normalize(text, options);
        assert.deepEqual(withoutJsFields(r), parsed, `${label}: object API`);
        for (const c of r.changes) assert.equal(text.slice(c.startJs, c.endJs), c.before, `${label}: ${c.kind} at ${c.start}`);
      } else if (op === 'parse') {
        const doc = g.parse(text, options);
        assert.deepEqual(withoutJsFields(doc), parsed, `${label}: object API`);
        // The blocks partition the input, in JS indices too.
        assert.equal(doc.blocks.map((b) => text.slice(b.startJs, b.endJs)).join(''), text, `${label}: partition`);
      } else if (op === 'summarize') {
        const a = g.summarize(text, options);
        assert.deepEqual(withoutJsFields(a), parsed, `${label}: object API`);
        // Summarizing the parsed document is the same as summarizing the text.
        assert.deepEqual(g.summarize(g.parse(text), options), a, `${label}: of a document`);
        // The JS indices slice out the sentence and the quote as written in the input.
        const news = (s) => g.normalize(s, { profile: 'news' }).text;
        for (const x of a.summary) assert.equal(news(text.slice(x.startJs, x.endJs)), x.text, `${label}: sentence at ${x.start}`);
        for (const q of a.quotes) assert.ok(news(text.slice(q.startJs, q.endJs)).includes(q.text), `${label}: quote at ${q.start}`);
      } else {
        const s = g.splitSentences(text, options);
        assert.deepEqual(withoutJsFields(s), parsed, `${label}: object API`);
        // The sentence text comes from the repaired text (CRLF → LF).
        for (const x of s) assert.equal(text.slice(x.startJs, x.endJs).replace(/\r\n?/g, '\n'), x.text, `${label}: ${x.start}`);
      }
    }
  });
}
