// Parity on generated documents: thousands of deterministic articles (a seeded
// PRNG assembles them from the team's own fragments: headlines with Hanja
// abbreviations, datelines, bylines, quotes, captions, promo and copyright
// lines, e-mails, NBSP / zero-width / curly quotes / fullwidth noise, CRLF and
// CR line ends, very long lines, empty and whitespace-only texts, and
// ill-formed UTF-8 bytes) go through the native CLI once per mode
// (`geul parse --jsonl`, `geul summarize --jsonl`) and through the WASM module
// one by one. For every document the WASM JSON equals the CLI's line byte for
// byte (less the "id"), and the object API equals it after removing the
// JS-only fields. A failure names the document id, the first differing path
// and the document's generation recipe.
//   GEUL_PARITY_DOCS=N   documents (default 3000)
//   GEUL_PARITY_SEED=S   PRNG seed (default 20240611)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import test from 'node:test';

import { cli, createInstance, withoutJsFields } from './_geul.mjs';

// ───────────────────────── the document generator ─────────────────────────
// Everything below is the team's own invented material (places, outlets and
// people do not exist); nothing comes from real articles.

// mulberry32: a small seeded PRNG, the same numbers on every platform.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ['해솔시', '모래섬군', '한빛구', '달내읍', '새봄시', '구름포시'];
const outlets = ['가상일보', '가상통신', '가상방송', '한빛경제', '모래섬신문', '새봄뉴스'];
const reporters = ['정다운', '이도윤', '차은별', '한빛해', '윤서아', '서하람', '남궁솔'];
const officials = ['한지우 해솔시장', '박서준 교통정책과장', '오세린 모래섬군수', '진보람 한빛구 복지국장', '류하온 상인회장'];
const foreign = [
  ['미르코 하벨카(Mirko Havelka) 감독', '하벨카 감독', '하벨까 감독', '하벨커 감독'],
  ['엘레나 스트룸(Elena Strum) 대표', '스트룸 대표', '스트롬 대표'],
  ['토마스 브레너(Thomas Brenner) 교수', '브레너 교수', '브래너 교수'],
];
const topics = [
  ['심야버스 노선 2개 늘린다', '심야버스 노선을 2개 늘린다'],
  ['폐교 부지에 청년 창업센터', '옛 초등학교 부지에 청년 창업센터를 짓는다'],
  ['공영자전거 500대 추가', '공영자전거 500대를 더 들여온다'],
  ['여객선 운항 사흘 만에 재개', '여객선 운항을 사흘 만에 다시 시작한다'],
  ['전통시장 할인 행사 연다', '전통시장 할인 행사를 연다'],
  ['무더위 쉼터 120곳 운영', '무더위 쉼터 120곳을 운영한다'],
  ['어린이 보호구역 단속 강화', '어린이 보호구역 단속을 강화한다'],
  ['도서관 야간 개방 시범 운영', '도서관을 밤 10시까지 여는 시범 사업을 한다'],
];
const hanja = ['尹', '美', '中', '日', '北', '與', '野', '韓', '檢', '靑'];
const hanjaHeadlines = [
  (p) => `${p('hanja')} 정부, ${p('topic')[0]}…"예산 더 쓴다"`,
  () => '美 연준 금리 동결…韓 증시 \'숨 고르기\'',
  () => '中企 수출 3개월 연속 증가…與 "현장 지원 늘려야"',
  () => '北 미사일 발사에 日 "강력 항의"…檢, 관련 수사 착수',
  () => '野 "추경 편성하라"…與 "재정 부담 크다"',
];
const quotes = [
  '시민 안전을 가장 먼저 챙기겠다', '예산이 허락하는 한 사업을 넓히겠다', '현장의 목소리를 더 듣겠다',
  '비어 있던 학교가 다시 사람으로 채워질 것', '첫 달 이용객이 예상보다 많았다', '불편을 드려 죄송하다',
  '내년에는 노선을 더 늘릴 계획', '상인들과 함께 행사를 준비했다', '아이들이 안전하게 다닐 수 있어야 한다',
];
const sentences = [
  (r) => `시는 이번 사업에 예산 ${r.int(1, 90)}억${r.int(1, 9)}000만원을 투입한다.`,
  (r) => `이용자는 하루 평균 ${r.int(100, 9000).toLocaleString('en-US')}명으로 집계됐다.`,
  (r) => `지난해 같은 기간보다 ${r.int(1, 30)}.${r.int(0, 9)}% 늘었다.`,
  () => '운행 시간은 오후 11시부터 다음 날 오전 5시까지다.',
  (r) => `시는 ${r.int(2019, 2024)}.${pad(r.int(1, 12))}.${pad(r.int(1, 28))}. 첫 회의를 열었다.`,
  (r) => `사업은 ${r.int(2024, 2026)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일 시작된다.`,
  () => '주민 설명회는 시청 대회의실에서 열린다.',
  () => '시는 다음 달 결과를 공개할 예정이다.다음 단계는 내년에 정한다.',
  () => '참가 신청은 누리집이나 전화(02-000-0000)로 하면 된다.',
  () => '국제해양기구(IMO)와 한빛전자(韓光電子)도 사업에 참여한다.',
  () => '일부 주민은 "소음이 걱정된다"며 반대 의견을 냈다.',
  () => '왜 이제야 시작했을까?',
  () => '진짜 잘됐네요ㅋㅋㅋㅋ',
  () => '이번 조치는 (가칭) \'생활 안전 계획\'의 하나다.',
  () => '관련 조례는 3.1절 이전에 고칠 계획이다.',
  (r) => `${r.pick(officials)}은 "${r.pick(quotes)}"고 말했다.`,
  (r) => `${r.pick(officials)}은 “${r.pick(quotes)}”며 “${r.pick(quotes)}”고 덧붙였다.`,
  (r) => `"${r.pick(quotes)}"라고 ${r.pick(officials)}은 강조했다.`,
  (r) => { const f = r.pick(foreign); return `${f[0]}는 "${r.pick(quotes)}"고 밝혔다. ${r.pick(f.slice(1))}는 ${r.int(2, 9)}일 다시 방문한다.`; },
  () => 'The city said the pilot would run for six months.',
];
const datelines = [
  (r) => `(${r.pick(places)}=${r.pick(outlets)}) ${r.pick(reporters)} 기자 = `,
  (r) => `[서울=${r.pick(outlets)}] ${r.pick(reporters)} 기자 = `,
  (r) => `【${r.pick(places)}=${r.pick(outlets)}】 ${r.pick(reporters)} 기자 = `,
];
const dateLines = [
  (r) => `입력 2024.${pad(r.int(1, 12))}.${pad(r.int(1, 28))}. 오후 ${r.int(1, 11)}:${pad(r.int(0, 59))}`,
  (r) => `입력 2024.05.21. 오전 9:0${r.int(0, 9)} 수정 2024.05.21. 오후 4:02`,
  (r) => `기사입력 2023-11-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`,
  (r) => `등록 ${r.int(2020, 2024)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일`,
];
const bylines = [
  (r) => `${r.pick(reporters)} 기자 ${r.pick(['sky', 'news', 'dawoon', 'haram'])}@example.com`,
  (r) => `${r.pick(reporters)} 기자(${r.pick(['tip', 'desk'])}@example.co.kr)`,
  (r) => `/${r.pick(reporters)} 기자`,
  (r) => `${r.pick(outlets)} ${r.pick(reporters)}입니다.`,
];
const captions = [
  (r) => `▲ ${r.pick(places)}청 전경 (사진=${r.pick(places)} 제공)`,
  (r) => `<사진=${r.pick(outlets)}>`,
  () => '사진은 시청 앞 자전거 보관소 2024.05.21. photo@example.com',
  (r) => `[사진 = ${r.pick(outlets)} DB]`,
];
const promos = [
  (r) => `▶ ${r.pick(outlets)} 앱 설치하기`,
  (r) => `☞ 실시간 뉴스는 ${r.pick(outlets)}에서`,
  (r) => `[관련기사] ${r.pick(places)}, 전기버스 100대 도입`,
  () => '구독 | 좋아요 | 공유',
  () => '※ 이 기사는 제휴사에서 제공받았습니다.',
];
const copyrights = [
  (r) => `<저작권자 ⓒ ${r.pick(outlets)}, 무단 전재 및 재배포 금지>`,
  (r) => `ⓒ ${r.pick(outlets)} *재판매 및 DB 금지`,
  (r) => `Copyright ⓒ ${r.pick(outlets)}. All rights reserved.`,
  () => '(끝)',
];
// Ill-formed UTF-8: a lone continuation byte, overlongs, a truncated sequence,
// a UTF-16 surrogate, above U+10FFFF, bytes that never occur.
const invalidBytes = [[0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe], [0xf0, 0x9f, 0x98], [0xc3]];
const whitespace = [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u200b', '\r'];

function pad(n) {
  return String(n).padStart(2, '0');
}

// One document: parts are strings or raw byte arrays; `recipe` names what went in.
function generateDocument(r) {
  const recipe = [];
  const tag = (k) => { if (!recipe.includes(k)) recipe.push(k); };
  const roll = r.next();
  if (roll < 0.01) return { parts: [], recipe: ['empty'] };
  if (roll < 0.02) {
    const parts = [];
    for (let i = r.int(1, 8); i > 0; --i) parts.push(r.pick(whitespace));
    return { parts: [parts.join('')], recipe: ['whitespace'] };
  }
  const topic = r.pick(topics);
  const place = r.pick(places);
  const lines = [];
  // Headline (sometimes with a tag or a Hanja abbreviation), subtitle.
  if (r.next() < 0.2) {
    lines.push(r.pick(hanjaHeadlines)((k) => (k === 'hanja' ? r.pick(hanja) : topic)));
    tag('hanja');
  } else if (r.next() < 0.9) {
    lines.push(`${r.pick(['', '', '[단독] ', '[속보] ', '(종합) '])}${place}, ${topic[0]}`);
  }
  if (r.next() < 0.3) lines.push(`- ${r.pick(['요금은 그대로…배차 간격 15분', '예산 48억원 투입', '내년 상반기까지 시범 운영'])}`);
  if (r.next() < 0.4) { lines.push(r.pick(dateLines)(r)); tag('date-line'); }
  if (r.next() < 0.15) { lines.push(r.pick(captions)(r)); tag('caption'); }
  if (r.next() < 0.4) lines.push('');
  // Body: a lede (often with a dateline), then sentences in paragraphs.
  let lede = `${place}는 ${r.int(1, 28)}일 ${topic[1]}고 밝혔다.`;
  if (r.next() < 0.5) { lede = r.pick(datelines)(r) + lede; tag('dateline'); }
  const body = [lede];
  for (let i = r.int(0, 12); i > 0; --i) body.push(r.pick(sentences)(r));
  const paragraphs = [];
  while (body.length) paragraphs.push(body.splice(0, r.int(1, 3)).join(' '));
  const blankBetween = r.next() < 0.6;
  for (const p of paragraphs) {
    lines.push(p);
    if (blankBetween) lines.push('');
    if (r.next() < 0.05) { lines.push(r.pick(captions)(r)); tag('caption'); }
  }
  if (r.next() < 0.4) { lines.push(r.pick(bylines)(r)); tag('byline'); }
  if (r.next() < 0.3) { lines.push(r.pick(promos)(r)); tag('promo'); }
  if (r.next() < 0.4) { lines.push(r.pick(copyrights)(r)); tag('copyright'); }
  const text = lines.join('\n');
  if (/["“”]/.test(text)) tag('quote');
  if (/@example/.test(text)) tag('email');

  // Noise.
  let t = text;
  const noise = [
    ['nbsp', (s) => s.replace(/ /g, () => (r.next() < 0.3 ? '\u00a0' : ' '))],
    ['zero-width', (s) => s.replace(/다\./g, () => r.pick(['다.\u200b', '다\u200d.', '다.\ufeff', '다.']))],
    ['curly-quotes', (s) => s.replace(/"([^"\n]*)"/g, '“$1”').replace(/'([^'\n]*)'/g, '‘$1’')],
    ['fullwidth', (s) => s.replace(/[0-9A-Za-z]/g, (c) => (r.next() < 0.3 ? String.fromCodePoint(c.codePointAt(0) + 0xfee0) : c))],
    ['enclosed', (s) => s.replace(/시는/, '㈜해솔전자는').replace(/\(가칭\)/, '㈎')],
    ['ellipsis', (s) => s.replace(/…/g, () => r.pick(['...', '···', '‥', '…']))],
    ['middle-dot', (s) => s.replace(/ 및 /g, '·').replace(/, /, r.pick(['ㆍ', '・', '‧']))],
    ['nfd', (s) => s.normalize('NFD')],
    ['jamo', (s) => `${s}\nㅋㅋㅋㅋ ㅠㅠ ㄱㄴㄷ`],
    ['astral', (s) => s.replace(/다\./, () => `다. ${r.pick(['😀', '🚌', '𠀀', '👍🏽'])}`)],
    ['combining', (s) => `${s}\ne\u0301\u0301\u0301 가\u0300`],
    ['bom', (s) => `\ufeff${s}`],
    ['tabs', (s) => s.replace(/\n/g, () => (r.next() < 0.3 ? ' \t\n' : '\n'))],
    ['glued', (s) => s.replace(/\n+/g, ' ')],
  ];
  for (const [name, f] of noise) {
    if (r.next() < 0.08) { t = f(t); tag(name); }
  }
  if (r.next() < 0.03) {
    // A very long line: the body repeated on one line (a glued crawl), 20–40 KB.
    const one = t.replace(/\n+/g, ' ');
    const target = r.int(20000, 40000);
    let long = one;
    while (Buffer.byteLength(long) < target) long += ` ${one}`;
    t = long;
    tag('long-line');
  }
  if (r.next() < 0.15) { t = t.replace(/\n/g, '\r\n'); tag('crlf'); }
  else if (r.next() < 0.04) { t = t.replace(/\n/g, () => (r.next() < 0.5 ? '\r' : '\n')); tag('cr'); }
  if (r.next() < 0.3) t += '\n';

  // Ill-formed UTF-8 bytes at a few code point boundaries.
  if (r.next() < 0.1) {
    tag('invalid-utf8');
    const cps = [...t];
    const parts = [];
    let from = 0;
    for (let k = r.int(1, 4); k > 0; --k) {
      const at = r.int(from, cps.length);
      parts.push(cps.slice(from, at).join(''), Uint8Array.from(r.pick(invalidBytes)));
      from = at;
    }
    parts.push(cps.slice(from).join(''));
    return { parts, recipe };
  }
  return { parts: [t], recipe };
}

const utf8Encoder = new TextEncoder();
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function concatBytes(chunks) {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// `count` documents from `seed`: {id, bytes, valid (well-formed UTF-8), recipe, parts}.
export function generateDocuments(count, seedValue) {
  const next = prng(seedValue);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
  const docs = [];
  for (let id = 0; id < count; ++id) {
    const { parts, recipe } = generateDocument(r);
    const bytes = concatBytes(parts.map((p) => (typeof p === 'string' ? utf8Encoder.encode(p) : p)));
    let valid = true;
    try {
      fatalDecoder.decode(bytes);
    } catch {
      valid = false;
    }
    docs.push({ id, bytes, valid, recipe, parts });
  }
  return docs;
}

// The CLI's input: one {"id", "text"} per line. Raw ill-formed bytes go into
// the JSON string as they are (the CLI's reader passes them through), so both
// sides see the same bytes.
export function toJsonLines(docs) {
  const chunks = [];
  for (const d of docs) {
    chunks.push(utf8Encoder.encode(`{"id":${d.id},"text":"`));
    for (const p of d.parts) chunks.push(typeof p === 'string' ? utf8Encoder.encode(JSON.stringify(p).slice(1, -1)) : p);
    chunks.push(utf8Encoder.encode('"}\n'));
  }
  return Buffer.from(concatBytes(chunks));
}

// ─────────────────────────────────── the test ───────────────────────────────────

const count = Number(process.env.GEUL_PARITY_DOCS || 3000);
const seed = Number(process.env.GEUL_PARITY_SEED || 20240611);

const g = await createInstance();
const geulCli = cli();
const docs = generateDocuments(count, seed);
const jsonl = toJsonLines(docs);

// One CLI run per mode over all documents: its output lines, in input order.
function nativeLines(args) {
  const out = execFileSync(geulCli, args, { input: jsonl, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = out.toString('utf8').split('\n');
  assert.equal(lines.pop(), '', `geul ${args.join(' ')}: output ends with a line break`);
  assert.equal(lines.length, docs.length, `geul ${args.join(' ')}: one line per document`);
  return lines;
}

// The first place where two JSON values differ, as a path and the two values.
function firstDifference(a, b, path = '$') {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  if (!Array.isArray(a) && Object.keys(a).join() !== Object.keys(b).join()) {
    return `${path}: keys ${Object.keys(a).join(',')} vs ${Object.keys(b).join(',')}`;
  }
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

// "{"id":N," + fields  →  "{" + fields (the single-document --json output).
function withoutId(line, id) {
  const prefix = `{"id":${id}`;
  const next = line[prefix.length];
  assert.ok(line.startsWith(prefix) && (next === ',' || next === '}'), `document ${id}: the CLI line starts with its id: ${line.slice(0, 80)}`);
  return next === ',' ? `{${line.slice(prefix.length + 1)}` : `{${line.slice(prefix.length)}`;
}

function describe(doc) {
  return `document ${doc.id} (${doc.recipe.join(' + ')}; ${doc.bytes.length} bytes)`;
}

test(`the generator covers every kind of input (${count} documents, seed ${seed})`, () => {
  assert.ok(docs.length >= 3000 || process.env.GEUL_PARITY_DOCS, `only ${docs.length} documents`);
  const has = (kind) => docs.some((d) => d.recipe.includes(kind));
  for (const kind of ['empty', 'whitespace', 'crlf', 'cr', 'long-line', 'invalid-utf8', 'hanja', 'nbsp', 'zero-width',
    'curly-quotes', 'byline', 'dateline', 'caption', 'promo', 'copyright', 'quote', 'email', 'astral']) {
    assert.ok(has(kind), `no generated document has ${kind}`);
  }
  assert.ok(docs.some((d) => d.bytes.length > 20000), 'no document over 20 KB');
  // Deterministic: the same seed gives the same bytes.
  const again = generateDocuments(20, seed);
  for (let i = 0; i < 20; ++i) assert.deepEqual(again[i].bytes, docs[i].bytes);
});

const modes = [
  { name: 'parse', args: ['parse', '--jsonl'], op: 'parse', options: {} },
  { name: 'summarize', args: ['summarize', '--jsonl'], op: 'summarize', options: {} },
  { name: 'summarize with budgets', args: ['summarize', '--jsonl', '-k', '5', '--chars', '300'], op: 'summarize', options: { sentences: 5, maxChars: 300 } },
];

for (const mode of modes) {
  test(`parity on generated documents: geul ${mode.args.join(' ')} = WASM ${mode.op}`, () => {
    const lines = nativeLines(mode.args);
    let strings = 0;
    for (let i = 0; i < docs.length; ++i) {
      const doc = docs[i];
      const expected = withoutId(lines[i], doc.id);
      const raw = g.rawJson(mode.op, doc.bytes, mode.options);
      if (raw !== expected) {
        const d = firstDifference(JSON.parse(raw), JSON.parse(expected));
        assert.fail(`${describe(doc)}: WASM ${mode.op} (bytes) differs from the CLI at ${d || 'the bytes (same values)'}`);
      }
      // The object API: from the JS string when the bytes are UTF-8 (it adds JS indices), else from the bytes.
      let input = doc.bytes;
      if (doc.valid) {
        input = fatalDecoder.decode(doc.bytes);
        ++strings;
      }
      const object = mode.op === 'parse' ? g.parse(input, mode.options) : g.summarize(input, mode.options);
      const d = firstDifference(withoutJsFields(object), JSON.parse(expected));
      if (d) assert.fail(`${describe(doc)}: WASM ${mode.op} (object API) differs from the CLI at ${d}`);
      if (mode.op === 'parse' && typeof input === 'string') {
        // The JS indices partition the string as the byte offsets partition the bytes.
        const joined = object.blocks.map((b) => input.slice(b.startJs, b.endJs)).join('');
        if (joined !== input) assert.fail(`${describe(doc)}: the blocks' JS indices do not partition the text`);
      }
    }
    assert.ok(strings > docs.length / 2, `only ${strings} documents went in as strings`);
  });
}
