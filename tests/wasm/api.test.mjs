// The JS API of the WASM module: every function, its options, errors, and the
// JS string indices it adds next to the native byte offsets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import test from 'node:test';

import { cli, createInstance, loadModule, wasmBinary, withoutJsFields } from './_geul.mjs';

const mod = await loadModule();
const g = await createInstance();

const utf8 = (s) => Buffer.from(s, 'utf8');
// What TextEncoder does to a lone surrogate (U+FFFD), so JS slices compare with native text.
const wellFormed = (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
// The defining property of a JS index: the UTF-8 bytes before it are exactly the byte offset.
function assertSamePosition(input, byteOffset, jsIndex, what) {
  assert.equal(utf8(wellFormed(input.slice(0, jsIndex))).length, byteOffset, `${what}: byte ${byteOffset} vs JS index ${jsIndex}`);
}

test('the top-level functions need init() first, then use one shared instance', async () => {
  assert.throws(() => mod.normalize('가'), (e) => e instanceof mod.GeulError && /init\(\)/.test(e.message));
  const a = await mod.init({ wasmBinary: wasmBinary() });
  const b = await mod.init();
  assert.equal(a, b);
  assert.equal(mod.normalize('가').text, '가');
  assert.equal(mod.default.romanize('한강'), 'hangang');
  // The ES module's named exports and its default namespace are the same set of functions.
  const named = Object.keys(mod).filter((k) => k !== 'default').sort();
  assert.deepEqual(named, Object.keys(mod.default).sort());
});

test('version matches the native CLI', () => {
  const native = execFileSync(cli(), ['--version']).toString().trim();
  assert.equal(`geul ${g.version()}`, native);
  assert.match(g.version(), /^\d+\.\d+\.\d+$/);
});

test('normalize: plain Unicode forms (default NFC) with changes', () => {
  // Conjoining jamo ᄒ ᅡ ᆫ compose to 한 (3 code points, 9 bytes, 3 JS units → 1).
  const nfd = '\u1112\u1161\u11AB글';
  const r = g.normalize(nfd, { changes: true });
  assert.equal(r.text, '한글');
  assert.deepEqual(r.changes, [
    { kind: 'nfc', start: 0, end: 9, before: '\u1112\u1161\u11AB', after: '한', startJs: 0, endJs: 3 },
  ]);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(g.normalize('한글', { form: 'nfd' }).text, '\u1112\u1161\u11AB\u1100\u1173\u11AF');
  // NFKC folds compatibility characters (the ligature ﬁ, fullwidth Ａ) …
  assert.equal(g.normalize('ﬁＡ', { form: 'nfkc' }).text, 'fiA');
  // … and without `changes` the result has no change list at all.
  assert.equal('changes' in g.normalize('ﬁ', { form: 'nfkc' }), false);
});

test('normalize: the news profile and its switches', () => {
  const input = '“속보”  ＡＩ…… 美 증시 ㅋㅋㅋㅋㅋ';
  const news = g.normalize(input, { profile: 'news', changes: true });
  assert.equal(news.text, '"속보" AI… 미국 증시 ㅋㅋㅋ');
  assert.deepEqual(news.changes.map((c) => c.kind),
    ['quote', 'quote', 'collapse_space', 'fullwidth', 'ellipsis', 'hanja_abbreviation', 'repeat']);
  // Switches override the profile one by one.
  const tuned = g.normalize(input, {
    profile: 'news', quotes: 'keep', ellipsis: 'ascii', maxRepeat: 2, hanjaAbbreviations: false, fullwidth: false,
  });
  assert.equal(tuned.text, '“속보” ＡＩ... 美 증시 ㅋㅋ');
  // The strict profile keeps everything that changes meaning or style.
  assert.equal(g.normalize(input, { profile: 'strict' }).text, input);
  assert.equal(g.normalize('a\u00A0b\u200Bc', { profile: 'strict' }).text, 'a bc');
});

test('normalize: every change maps back to the input, as bytes and as JS indices', () => {
  // Astral characters (surrogate pairs), a lone surrogate, CRLF, NBSP, zero-width
  // space, fullwidth digits, an enclosed ㈜ and curly quotes, in one string.
  const input = '😀😀😀 ㈜한빛\u00A0“１２３”\r\n\uD800 끝\u200B 😀…\u00A0é\u00A0';
  const r = g.normalize(input, { profile: 'news', changes: true });
  assert.ok(r.changes.length >= 7, `expected many changes, got ${r.changes.length}`);
  const bytes = utf8(input);
  for (const c of r.changes) {
    assert.equal(bytes.subarray(c.start, c.end).toString('utf8'), c.before, `bytes of ${c.kind}`);
    assert.equal(wellFormed(input.slice(c.startJs, c.endJs)), c.before, `JS slice of ${c.kind}`);
    assertSamePosition(input, c.start, c.startJs, c.kind);
    assertSamePosition(input, c.end, c.endJs, c.kind);
  }
  const kinds = new Set(r.changes.map((c) => c.kind));
  for (const k of ['enclosed', 'space', 'quote', 'fullwidth', 'repair', 'invisible']) assert.ok(kinds.has(k), k);
  const crlf = r.changes.find((c) => c.kind === 'repair');
  assert.equal(input.slice(crlf.startJs, crlf.endJs), '\r\n');
  // The CRLF diagnostic's position in the string.
  const d = r.diagnostics.find((x) => x.kind === 'newline_converted');
  assert.equal(d.offsetJs, input.indexOf('\r'));
});

test('normalize: a BOM in a string input is reported at index 0', () => {
  const r = g.normalize('\uFEFF기사', { profile: 'news', changes: true });
  assert.equal(r.text, '기사');
  assert.deepEqual(r.diagnostics.map(({ kind, offset, length, offsetJs, lengthJs }) => ({ kind, offset, length, offsetJs, lengthJs })),
    [{ kind: 'bom_removed', offset: 0, length: 3, offsetJs: 0, lengthJs: 1 }]);
});

test('normalize: Uint8Array input is raw bytes, repaired like a file (no JS indices)', () => {
  // "가" then a truncated 3-byte sequence (EA B0) then "A".
  const bytes = new Uint8Array([0xEA, 0xB0, 0x80, 0xEA, 0xB0, 0x41]);
  const r = g.normalize(bytes, { profile: 'news', changes: true });
  assert.equal(r.text, '가\uFFFDA');
  assert.deepEqual(r.changes, [{ kind: 'repair', start: 3, end: 5, before: '\uFFFD', after: '\uFFFD' }]);
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0].kind, 'invalid_utf8');
  assert.equal(r.diagnostics[0].offset, 3);
  assert.equal('offsetJs' in r.diagnostics[0], false);
});

test('normalize: bad options are errors, not silent defaults', () => {
  assert.throws(() => g.normalize('가', { form: 'nfx' }), (e) => e instanceof mod.GeulError && /unknown form 'nfx'/.test(e.message));
  assert.throws(() => g.normalize('가', { form: 'nfc', profile: 'news' }), mod.GeulError);
  assert.throws(() => g.normalize('가', { profile: 'loose' }), /unknown profile 'loose'/);
  assert.throws(() => g.normalize('가', { profile: 'news', quotes: 'fancy' }), /unknown quotes style/);
  assert.throws(() => g.normalize('가', { chnages: true }), (e) => e instanceof TypeError && /unknown option 'chnages'/.test(e.message));
  assert.throws(() => g.normalize(42), TypeError);
  assert.throws(() => g.rawJson('summarise', '가'), TypeError);
  assert.throws(() => g.romanize('가', 'name'), TypeError);
  assert.throws(() => g.splitSentences('가', { maxSentenceBytes: -1 }), TypeError);
  // The instance still works after errors.
  assert.equal(g.normalize('가').text, '가');
});

test('splitSentences: sentences with byte offsets and JS indices into the input', () => {
  const input = '오늘 회의가 열렸다. 내일은 쉰다 그리고 모레 다시 모인다\r\n"좋아요"라고 그는 말했다 😀 3.14% 올랐다.';
  const s = g.splitSentences(input);
  assert.deepEqual(s.map((x) => x.text), [
    '오늘 회의가 열렸다.', '내일은 쉰다', '그리고 모레 다시 모인다', '"좋아요"라고 그는 말했다 😀', '3.14% 올랐다.',
  ]);
  const bytes = utf8(input);
  for (const x of s) {
    assert.equal(input.slice(x.startJs, x.endJs), x.text);
    assert.equal(bytes.subarray(x.start, x.end).toString('utf8'), x.text);
    assertSamePosition(input, x.start, x.startJs, x.text);
    assertSamePosition(input, x.end, x.endJs, x.text);
  }
  // After the CRLF, byte and JS positions differ by the Hangul widths: check one exactly.
  assert.equal(s[3].startJs, input.indexOf('"좋아요"'));
  assert.equal(s[3].start, utf8(input.slice(0, s[3].startJs)).length);
});

test('splitSentences: options', () => {
  const input = '첫 줄이\n이어진다. 둘째 문장.';
  assert.deepEqual(g.splitSentences(input).map((x) => x.text), ['첫 줄이', '이어진다.', '둘째 문장.']);
  assert.deepEqual(g.splitSentences(input, { lineBreaks: 'soft' }).map((x) => x.text), ['첫 줄이\n이어진다.', '둘째 문장.']);
  assert.deepEqual(g.splitSentences('비가 온다 우산을 챙겼다', { splitOnEndings: false }).map((x) => x.text), ['비가 온다 우산을 챙겼다']);
  // The length valve cuts at the last space before the limit.
  const long = g.splitSentences('가나다 라마바 사아자', { maxSentenceBytes: 12 });
  assert.ok(long.length >= 2);
  for (const x of long) assert.ok(x.end - x.start <= 12);
  assert.throws(() => g.splitSentences('가', { lineBreaks: 'wrap' }), /unknown lineBreaks/);
  assert.deepEqual(g.splitSentences(''), []);
});

// A short article the team wrote: a menu line, a headline with a series tag, an
// astral character (two JS units, four bytes) before most offsets, a repeated
// paragraph, a sign-off, a copyright line and a related-news line.
const article = [
  '홈 > 경제 > 산업',
  '[단독] 美 수출 규제 앞두고 😀 배터리 업계 “재고 늘린다”',
  '입력 2025.04.02 오전 9:15',
  '(서울=한빛일보) 정다온 기자 = 국내 배터리 업체들이 미국의 새 수출 규제를 앞두고 원료 재고를 늘리고 있다.',
  '업계에 따르면 주요 3사는 올해 2분기 리튬 구매량을 지난해보다 20% 늘릴 계획이다.',
  '한 업체 관계자는 “규제가 시행되기 전에 최소 6개월 치를 확보하려 한다”고 말했다.',
  '업계에 따르면 주요 3사는 올해 2분기 리튬 구매량을 지난해보다 20% 늘릴 계획이다.',
  '정다온 기자 daon@hanbit.example',
  'ⓒ 한빛일보, 무단 전재 및 재배포 금지',
  '관련 뉴스',
].join('\r\n');

test('parse: metadata, and blocks that partition the input in bytes and JS indices', () => {
  const doc = g.parse(article);
  assert.equal(doc.title, '미국 수출 규제 앞두고 😀 배터리 업계 "재고 늘린다"');  // news profile: 美 → 미국, curly quotes → ASCII
  assert.equal(doc.series, '단독');
  assert.equal(doc.outlet, '한빛일보');
  assert.deepEqual(doc.reporters, [{ name: '정다온', email: 'daon@hanbit.example' }]);
  assert.equal(doc.dateline, '서울');
  assert.equal(doc.published, '2025-04-02T09:15');
  assert.equal(doc.modified, null);
  const roles = doc.blocks.map((b) => (b.reason ? `${b.role}/${b.reason}` : b.role));
  assert.deepEqual(roles, ['boilerplate/navigation', 'title', 'date', 'byline', 'body', 'body', 'body',
    'boilerplate/duplicate', 'byline', 'boilerplate/copyright', 'boilerplate/related']);
  assert.equal(doc.body.split('\n').length, 3);
  // Partition: each block starts where the previous one ended, as bytes and as JS indices.
  const bytes = utf8(article);
  let byte = 0;
  let js = 0;
  for (const b of doc.blocks) {
    assert.equal(b.start, byte);
    assert.equal(b.startJs, js);
    assertSamePosition(article, b.end, b.endJs, b.text);
    byte = b.end;
    js = b.endJs;
  }
  assert.equal(byte, bytes.length);
  assert.equal(js, article.length);
  // A block's JS slice is its input text, which normalizes to the block text.
  const body = doc.blocks[5];
  assert.equal(article.slice(body.startJs, body.endJs).trim(), body.text);
  const title = doc.blocks[1];
  assert.equal(article.slice(title.startJs, title.endJs).trim(), '[단독] 美 수출 규제 앞두고 😀 배터리 업계 “재고 늘린다”');
  // CRLF is repaired and reported; the diagnostic points at the first \r.
  const crlf = doc.diagnostics.find((d) => d.kind === 'newline_converted');
  assert.ok(crlf);
  assert.equal(crlf.offsetJs, article.indexOf('\r'));
});

test('parse: options reach the normalizer and the parser', () => {
  const plain = g.parse(article, { hanjaAbbreviations: false, quotes: 'keep' });
  assert.equal(plain.title, '美 수출 규제 앞두고 😀 배터리 업계 “재고 늘린다”');
  const dup = g.parse(article, { detectDuplicates: false });
  assert.equal(dup.blocks.filter((b) => b.reason === 'duplicate').length, 0);
  assert.equal(dup.body.split('\n').length, 4);
  assert.throws(() => g.parse(article, { sentences: 3 }), (e) => e instanceof TypeError && /unknown option 'sentences'/.test(e.message));
  assert.throws(() => g.parse(article, { ellipsis: 'dots' }), (e) => e instanceof mod.GeulError && /unknown ellipsis style/.test(e.message));
});

test('parse: bytes in, empty and binary input', () => {
  const fromBytes = g.parse(new Uint8Array(utf8(article)));
  assert.deepEqual(fromBytes, withoutJsFields(g.parse(article)));
  assert.equal('startJs' in fromBytes.blocks[0], false);
  const empty = g.parse('');
  assert.deepEqual(empty.blocks, []);
  assert.equal(empty.title, null);
  assert.deepEqual(empty.diagnostics.map((d) => d.kind), ['empty_input']);
  const junk = g.parse(new Uint8Array(400).map((_, i) => 0x80 + (i % 60)));
  assert.ok(junk.diagnostics.some((d) => d.kind === 'binary_input'));
});

test('summarize: summary, keywords, quotes with speakers, with JS indices into the input', () => {
  const a = g.summarize(article);
  // The three body paragraphs, in article order; the repeated paragraph (boilerplate) is never chosen.
  assert.deepEqual(a.summary.map((s) => s.text), [
    '국내 배터리 업체들이 미국의 새 수출 규제를 앞두고 원료 재고를 늘리고 있다.',
    '업계에 따르면 주요 3사는 올해 2분기 리튬 구매량을 지난해보다 20% 늘릴 계획이다.',
    '한 업체 관계자는 "규제가 시행되기 전에 최소 6개월 치를 확보하려 한다"고 말했다.',
  ]);
  const duplicate = g.parse(article).blocks.find((b) => b.reason === 'duplicate');
  for (const s of a.summary) {
    assert.ok(s.start < duplicate.start, 'not from the repeated paragraph');
    assert.ok(s.score > 0 && s.features.position > 0);
    assertSamePosition(article, s.start, s.startJs, s.text);
    assertSamePosition(article, s.end, s.endJs, s.text);
  }
  // The JS slice is the input as written (curly quotes), the text is normalized (ASCII quotes).
  assert.equal(article.slice(a.summary[2].startJs, a.summary[2].endJs), '한 업체 관계자는 “규제가 시행되기 전에 최소 6개월 치를 확보하려 한다”고 말했다.');
  assert.ok(a.keywords.length > 0 && a.keywords.some((k) => k.text === '규제'));
  for (const k of a.keywords) assert.ok(k.count >= 1 && k.score > 0 && k.score <= 1);
  assert.equal(a.quotes.length, 1);
  const q = a.quotes[0];
  assert.equal(q.text, '규제가 시행되기 전에 최소 6개월 치를 확보하려 한다');
  assert.equal(q.verb, '말했다');
  assert.equal(article.slice(q.startJs, q.endJs), '“규제가 시행되기 전에 최소 6개월 치를 확보하려 한다”');
  assert.equal(article.slice(q.speaker_startJs, q.speaker_endJs), q.speaker);
  assertSamePosition(article, q.speaker_start, q.speaker_startJs, 'speaker');
  assert.deepEqual(a.aliases, []);
});

test('summarize: options, documents from parse(), bytes, errors', () => {
  assert.deepEqual(g.summarize(article, { sentences: 1 }).summary.map((s) => s.index), [0]);
  // A character budget alone: what fits (the first sentence is 43 characters).
  const short = g.summarize(article, { sentences: 0, maxChars: 60 }).summary;
  assert.equal(short.length, 1);
  assert.ok([...short[0].text].length <= 60);
  // A parsed document is analyzed as it was parsed: its options carry over.
  const doc = g.parse(article, { hanjaAbbreviations: false });
  assert.deepEqual(g.summarize(doc), g.summarize(article, { hanjaAbbreviations: false }));
  assert.deepEqual(g.summarize(g.parse(article), { sentences: 2 }), g.summarize(article, { sentences: 2 }));
  assert.throws(() => g.summarize(doc, { quotes: 'keep' }), (e) => e instanceof TypeError && /parse\(\) option/.test(e.message));
  assert.throws(() => g.summarize({ title: 'made up' }), (e) => e instanceof TypeError && /document returned by parse/.test(e.message));
  assert.throws(() => g.summarize(article, { sentences: 0 }), (e) => e instanceof mod.GeulError && /maxChars/.test(e.message));
  assert.throws(() => g.summarize(article, { k: 2 }), /unknown option 'k'/);
  // Bytes in: the same JSON, no JS indices.
  const fromBytes = g.summarize(new Uint8Array(utf8(article)));
  assert.deepEqual(fromBytes, withoutJsFields(g.summarize(article)));
  assert.equal('startJs' in fromBytes.summary[0], false);
  assert.deepEqual(g.summarize(''), { summary: [], keywords: [], quotes: [], aliases: [] });
});

test('normalize: edits align the normalized text with the input exactly', () => {
  const input = '“１” 美 ㈜한빛 😀ＡＩ  끝';
  const r = g.normalize(input, { profile: 'news', changes: true, edits: true });
  assert.equal(r.text, '"1" 미국 (주)한빛 😀AI 끝');
  // Text between edits is copied unchanged; every edit's two sides are the before/after text.
  let src = 0;
  let out = 0;
  for (const e of r.edits) {
    assert.equal(input.slice(src, e.startJs), r.text.slice(out, e.out_startJs));
    assertSamePosition(input, e.start, e.startJs, 'edit start');
    assertSamePosition(r.text, e.out_start, e.out_startJs, 'edit out_start');
    src = e.endJs;
    out = e.out_endJs;
  }
  assert.equal(input.slice(src), r.text.slice(out));
  assert.deepEqual(r.edits.map((e) => [input.slice(e.startJs, e.endJs), r.text.slice(e.out_startJs, e.out_endJs)]),
    [['“', '"'], ['１', '1'], ['”', '"'], ['美', '미국'], ['㈜', '(주)'], ['Ａ', 'A'], ['Ｉ', 'I'], ['  ', ' ']]);
  // Not asked for, not there (the CLI's JSON has no edits).
  assert.equal('edits' in g.normalize(input, { profile: 'news', changes: true }), false);
});

test('Hangul: disassemble, assemble, removeLastJamo', () => {
  assert.equal(g.disassemble('값'), 'ㄱㅏㅂㅅ');
  assert.equal(g.disassemble('의사'), 'ㅇㅡㅣㅅㅏ');
  assert.equal(g.disassemble('AI 반도체'), 'AI ㅂㅏㄴㄷㅗㅊㅔ');
  // The keyboard automaton moves a final consonant to the next syllable.
  assert.equal(g.assemble('ㄱㅏㅂㅅㅣ'), '갑시');
  assert.equal(g.assemble(g.disassemble('닭볶음탕')), '닭볶음탕');
  // Strings travel with their length: an embedded NUL is just a character.
  assert.equal(g.disassemble('가\u0000나'), 'ㄱㅏ\u0000ㄴㅏ');
  assert.equal(g.removeLastJamo('값'), '갑');
  assert.equal(g.removeLastJamo('전화'), '전호');
});

test('Hangul: choseong and choseongSearch', () => {
  assert.equal(g.choseong('대한민국 2024'), 'ㄷㅎㅁㄱ ');
  assert.equal(g.choseong('대한민국 2024', { keepNonHangul: true }), 'ㄷㅎㅁㄱ 2024');
  const text = '서울특별시 서초구 서초대로';
  const m = g.choseongSearch(text, 'ㅅㅊ');
  assert.deepEqual(m.map((x) => x.text), ['서초', '서초']);
  assert.deepEqual(m[0], { start: 16, end: 22, startJs: 6, endJs: 8, text: '서초' });
  // Spaces the query lacks are skipped unless turned off; a typed-in-progress last syllable matches.
  const astral = '😀😀 샘 알트만 대표, 𝐀 샘 알트먼';
  const found = g.choseongSearch(astral, 'ㅅㅇㅌㅁ');
  assert.deepEqual(found.map((x) => x.text), ['샘 알트만', '샘 알트먼']);
  for (const x of found) {
    assertSamePosition(astral, x.start, x.startJs, x.text);
    assertSamePosition(astral, x.end, x.endJs, x.text);
  }
  assert.deepEqual(g.choseongSearch('샘 알트만 대표', 'ㅅㅇㅌㅁ').map((x) => x.text), ['샘 알트만']);
  assert.deepEqual(g.choseongSearch('샘 알트만 대표', 'ㅅㅇㅌㅁ', { skipSpaces: false }), []);
  assert.deepEqual(g.choseongSearch('알트만', '알트마').map((x) => x.text), ['알트만']);
  assert.deepEqual(g.choseongSearch('알트만', '알트마', { partialLastSyllable: false }), []);
  assert.throws(() => g.choseongSearch('가', 7), TypeError);
});

test('Hangul: josa and pickJosa', () => {
  assert.equal(g.josa('사과', '을/를'), '사과를');
  assert.equal(g.josa('책', '을/를'), '책을');
  assert.equal(g.josa('서울', '으로/로'), '서울로');  // ㄹ takes 로
  assert.equal(g.josa('부산항', '으로/로'), '부산항으로');
  assert.equal(g.josa('漢字', '이/가'), '漢字이(가)');
  assert.equal(g.josa('漢字', '이/가', { markUnknown: false }), '漢字이');
  assert.equal(g.pickJosa('물', '과/와'), '과');
  assert.equal(g.pickJosa('바다', '과/와'), '와');
});

test('Hangul: romanize and pronounce', () => {
  assert.equal(g.romanize('신라 종로'), 'silla jongno');
  assert.equal(g.romanize('부산', { capitalize: true }), 'Busan');
  assert.equal(g.romanize('신라', { spelling: true }), 'sinra');
  assert.equal(g.romanize('박서준', { name: true }), 'Bak Seojun');
  assert.equal(g.romanize('값', { translit: true }), 'gabs');
  assert.equal(g.pronounce('국물'), '궁물');
});

test('Hangul: keyboard conversion', () => {
  assert.equal(g.qwertyToHangul('rkskek'), '가나다');
  assert.equal(g.hangulToQwerty('한글'), 'gksrmf');
  assert.equal(g.qwertyToHangul(g.hangulToQwerty('읽었다')), '읽었다');
});

test('Hangul: numbers', () => {
  assert.equal(g.numberToHangul(10000), '만');
  assert.equal(g.numberToHangul(10000, { formal: true }), '일만');
  assert.equal(g.numberToHangul(100000000), '일억');
  assert.equal(g.numberToHangul('3.14'), '삼점일사');
  assert.equal(g.numberToHangul(-5), '마이너스오');
  assert.equal(g.numberToHangul(100020003n, { spacing: true }), '일억 이만 삼');
  assert.equal(g.numberToHangul(1e21), '십해');  // an integer JS number beyond 2^53 is read exactly
  assert.equal(g.numberToHangul('열둘'), null);
  assert.equal(g.numberToHangul(NaN), null);
  assert.equal(g.numberToHangul(1e-7), null);
  assert.equal(g.numberToHangulMixed(123456789), '1억 2,345만 6,789');
  assert.equal(g.numberToHangulMixed(120000), '12만');
  assert.equal(g.numberToHangulMixed(12345678, { spacing: false, thousandsSeparator: false }), '1234만5678');
  assert.equal(g.hangulToNumber('오천'), 5000);
  assert.equal(g.hangulToNumber('1만 2천'), 12000);
  assert.equal(g.hangulToNumber('3억 5천만'), 350000000);
  assert.equal(g.hangulToNumber('구백경'), 900000000000000000000n / 100n);  // 9×10^18: a bigint
  assert.equal(g.hangulToNumber('사과'), null);
  for (const n of [7, 1000, 54321, 120000000]) assert.equal(g.hangulToNumber(g.numberToHangul(n)), n);
});

test('rawJson is the JSON the object API parses, without the JS fields', () => {
  const input = '“１등” 기업…';
  const raw = g.rawJson('normalize', input, { profile: 'news', changes: true });
  assert.deepEqual(JSON.parse(raw), withoutJsFields(g.normalize(input, { profile: 'news', changes: true })));
  assert.equal(g.rawJson('romanize', '한강'), '"hangang"');
});

test('memory grows for large inputs and results stay exact', () => {
  // ~6 MB of UTF-8 with a change every few bytes: input, output and change list exceed the initial 16 MB heap.
  const unit = '가나 ＡＢ “다” ';
  const input = unit.repeat(200000);
  const r = g.normalize(input, { profile: 'news', changes: true });
  assert.equal(r.text, '가나 AB "다" '.repeat(200000).trimEnd());
  assert.equal(r.changes.filter((c) => c.kind === 'fullwidth').length, 200000);
  const last = r.changes[r.changes.length - 1];
  assert.equal(wellFormed(input.slice(last.startJs, last.endJs)), last.before);
  // The instance is still healthy after growing.
  assert.equal(g.disassemble('값'), 'ㄱㅏㅂㅅ');
});

test('independent instances do not share state', async () => {
  const other = await mod.createGeul({ wasmBinary: wasmBinary() });
  assert.notEqual(other, g);
  assert.equal(other.assemble('ㅎㅏㄴㄱㅡㄹ'), g.assemble('ㅎㅏㄴㄱㅡㄹ'));
});
