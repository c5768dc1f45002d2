// decode(): legacy Korean encodings (CP949, EUC-KR, UTF-16) to UTF-8 in the
// WebAssembly module, on the team's samples in tests/data/encoding.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';

import { createInstance, dataDir, loadModule } from './_geul.mjs';

const g = await createInstance();
const mod = await loadModule();
const enc = (name) => new Uint8Array(fs.readFileSync(path.join(dataDir, 'encoding', name)));
const utf8Text = (name) => fs.readFileSync(path.join(dataDir, 'encoding', name), 'utf8');

test('auto: CP949, EUC-KR and UTF-16 files decode to the UTF-8 original', () => {
  const article = g.decode(enc('article.cp949.txt'));
  assert.equal(article.text, utf8Text('article.utf8.txt'));
  assert.equal(article.encoding, 'cp949');  // 똠 is outside EUC-KR
  assert.equal(article.confidence, 1);
  assert.equal(article.bom, false);
  assert.equal(article.diagnostics[0].kind, 'encoding_converted');
  assert.match(article.diagnostics[0].message, /decoded from cp949 \(detected/);

  const notice = utf8Text('notice.utf8.txt');
  assert.equal(g.decode(enc('notice.euc-kr.txt')).encoding, 'euc-kr');
  assert.equal(g.decode(enc('notice.euc-kr.txt')).text, notice);
  const le = g.decode(enc('notice.utf16le.txt'));
  assert.deepEqual([le.text, le.encoding, le.bom], [notice, 'utf-16le', true]);
  assert.ok(le.diagnostics.some((d) => d.kind === 'bom_removed' && d.offset === 0 && d.length === 2));
  const be = g.decode(enc('notice.utf16be.txt'), 'utf-16');
  assert.deepEqual([be.text, be.encoding, be.bom], [notice, 'utf-16be', false]);
  // UTF-8 stays as it is: nothing to report.
  const same = g.decode(enc('notice.utf8.txt'));
  assert.deepEqual([same.text, same.encoding, same.diagnostics], [notice, 'utf-8', []]);
});

test('declared encodings and ill-formed bytes, with input byte offsets', () => {
  // 똠 (8C 63) declared as EUC-KR: the lead byte is a problem, the ASCII 'c' survives.
  const r = g.decode(new Uint8Array([0xb0, 0xa1, 0x8c, 0x63]), 'euc-kr');
  assert.equal(r.text, '가\uFFFDc');
  assert.equal(r.encoding, 'euc-kr');
  const bad = r.diagnostics.filter((d) => d.kind === 'invalid_encoding');
  assert.deepEqual(bad.map((d) => [d.offset, d.length]), [[2, 1]]);
  assert.equal(g.decode(new Uint8Array([0xb0, 0xa1, 0x8c, 0x63]), 'cp949').text, '가똠');
  // A lead byte at the end.
  const cut = g.decode(new Uint8Array([0x41, 0xb0]), 'cp949');
  assert.equal(cut.text, 'A\uFFFD');
  assert.deepEqual(cut.diagnostics.filter((d) => d.kind === 'invalid_encoding').map((d) => [d.offset, d.length]), [[1, 1]]);
  // An unpaired surrogate in UTF-16LE.
  assert.equal(g.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]), 'utf-16le').text, '\uFFFDA');
});

test('a short headline and pure ASCII', () => {
  const headline = g.decode(enc('headline.cp949.txt'));
  assert.equal(headline.text, '속보 국회 통과\n');
  assert.equal(headline.encoding, 'euc-kr');
  const ascii = g.decode(new TextEncoder().encode('plain ASCII'));
  assert.deepEqual([ascii.encoding, ascii.text], ['utf-8', 'plain ASCII']);
});

test('errors: bytes only, known encoding names only', () => {
  assert.throws(() => g.decode('가'), TypeError);
  assert.throws(() => g.decode(new Uint8Array([0x41]), 'latin-1'), (e) => e instanceof mod.GeulError && /unknown encoding/.test(e.message));
});
