// geul — JavaScript API over the WebAssembly module (ES module). Types: geul.d.ts.
//
//   import { init, normalize } from './geul.js';
//   await init();                          // Node: await init({ wasmBinary: fs.readFileSync(…/geul-core.wasm) })
//   normalize('ＡＩ “뉴스”', { profile: 'news', changes: true });
//
// Every call encodes its strings as UTF-8 into the module's memory, runs one
// C++ function (wasm/bindings.cpp) and parses the JSON it returns: the same
// JSON, byte for byte, as the native CLI. This layer only adds JS string
// indices next to the UTF-8 byte offsets: `start`/`end` (bytes) get
// `startJs`/`endJs`, `offset`/`length` get `offsetJs`/`lengthJs`, so that
// `text.slice(m.startJs, m.endJs)` is the text the native offsets point at.
//
// Adding an operation: its C++ function in bindings.cpp, one entry in `ops`
// below, one method in `makeApi`, and its types in geul.d.ts.
import createGeulCore from './geul-core.js';

// Everything between the markers is also the body of the single-file build
// (wasm/build.sh wraps it with the classic Emscripten core): no import/export here.
// @geul-api-begin
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

class GeulError extends Error {
  constructor(message) {
    super(message);
    this.name = 'GeulError';
  }
}

// UTF-8 byte offsets into `text` (as TextEncoder encodes it: a lone surrogate
// becomes U+FFFD, 3 bytes) → UTF-16 indices, in one pass. An offset inside a
// code point maps to the code point's start; one past the end to text.length.
function byteOffsetsToJs(text, offsets) {
  const sorted = Array.from(new Set(offsets)).sort((a, b) => a - b);
  const indices = new Map();
  let bytes = 0;
  let i = 0;
  const n = text.length;
  for (const target of sorted) {
    while (i < n) {
      const c = text.charCodeAt(i);
      let width = 3;
      let units = 1;
      if (c < 0x80) width = 1;
      else if (c < 0x800) width = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        width = 4;
        units = 2;
      }
      if (bytes + width > target) break;
      bytes += width;
      i += units;
    }
    indices.set(target, i);
  }
  return indices;
}

// Adds `startJs`/`endJs` to each item that has byte `start`/`end` into `text`.
function addSpanIndices(items, text) {
  const offsets = [];
  for (const it of items) offsets.push(it.start, it.end);
  const js = byteOffsetsToJs(text, offsets);
  for (const it of items) {
    it.startJs = js.get(it.start);
    it.endJs = js.get(it.end);
  }
  return items;
}

// Adds `<field>Js` next to each byte offset `<field>` an item has (e.g. a quote's
// optional `speaker_start`/`speaker_end` → `speaker_startJs`/`speaker_endJs`).
function addFieldIndices(items, text, fields) {
  const offsets = [];
  for (const it of items) for (const f of fields) if (typeof it[f] === 'number') offsets.push(it[f]);
  const js = byteOffsetsToJs(text, offsets);
  for (const it of items) for (const f of fields) if (typeof it[f] === 'number') it[`${f}Js`] = js.get(it[f]);
  return items;
}

// Adds `offsetJs`/`lengthJs` to diagnostics (byte `offset`/`length` into `text`).
function addDiagnosticIndices(diagnostics, text) {
  const offsets = [];
  for (const d of diagnostics) offsets.push(d.offset, d.offset + d.length);
  const js = byteOffsetsToJs(text, offsets);
  for (const d of diagnostics) {
    d.offsetJs = js.get(d.offset);
    d.lengthJs = js.get(d.offset + d.length) - d.offsetJs;
  }
  return diagnostics;
}

// The corpus JSON's spans are bytes of one document each: `document` says
// which. Adds `startJs`/`endJs` (indices into that document's text) to every
// summary sentence, quote, timeline entry and name mention.
function addCorpusIndices(corpus, texts) {
  const byDocument = texts.map(() => []);
  for (const story of corpus.stories) {
    for (const s of story.summary) byDocument[s.document].push(s);
    for (const speaker of story.quotes) for (const q of speaker.quotes) byDocument[q.document].push(q);
    for (const t of story.timeline) byDocument[t.document].push(t);
  }
  for (const group of corpus.variants) for (const m of group.mentions) byDocument[m.document].push(m);
  byDocument.forEach((items, d) => addSpanIndices(items, texts[d]));
  return corpus;
}

// Lone surrogates → U+FFFD, as TextEncoder encodes them (one code unit for
// one, so JS indices stay those of the caller's string). JSON.stringify would
// write them as \udXXX escapes, which the JSON reader also reads as U+FFFD, but
// a lone high surrogate followed by another escape would not stay one for one.
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s) => s.replace(loneSurrogates, '\uFFFD');

// analyzeCorpus's documents → [{name?, text}] with well-formed text, or a GeulError.
function corpusDocuments(documents) {
  if (!Array.isArray(documents)) {
    throw new GeulError('analyzeCorpus: documents must be an array of {name, text} objects or strings');
  }
  if (!documents.length) throw new GeulError('analyzeCorpus: documents is empty: a corpus needs at least one document');
  return documents.map((d, i) => {
    if (typeof d === 'string') return { text: wellFormed(d) };
    if (d === null || typeof d !== 'object') {
      throw new GeulError(`analyzeCorpus: documents[${i}] must be a {name, text} object or a string`);
    }
    if (typeof d.text !== 'string') throw new GeulError(`analyzeCorpus: documents[${i}].text must be a string`);
    if (d.name !== undefined && d.name !== null && typeof d.name !== 'string') {
      throw new GeulError(`analyzeCorpus: documents[${i}].name must be a string`);
    }
    return typeof d.name === 'string' ? { name: d.name, text: wellFormed(d.text) } : { text: wellFormed(d.text) };
  });
}

// JS option values → the strings bindings.cpp reads (booleans as "1"/"0").
function toParams(op, options, allowed) {
  const params = [];
  if (options === undefined || options === null) return params;
  if (typeof options !== 'object') throw new TypeError(`geul.${op}: options must be an object`);
  for (const key of Object.keys(options)) {
    const value = options[key];
    if (value === undefined || value === null) continue;
    if (!allowed.includes(key)) {
      throw new TypeError(`geul.${op}: unknown option '${key}' (known: ${allowed.join(', ')})`);
    }
    if (typeof value === 'boolean') params.push(key, value ? '1' : '0');
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 0) params.push(key, String(value));
    else if (typeof value === 'string') params.push(key, value);
    else throw new TypeError(`geul.${op}: option '${key}' has an unsupported value ${String(value)}`);
  }
  return params;
}

function requireString(op, name, value) {
  if (typeof value !== 'string') throw new TypeError(`geul.${op}: ${name} must be a string`);
  return value;
}

// A number given as a JS number, bigint or decimal string → the decimal text
// the C++ side reads; null when it cannot be written without an exponent.
function numberText(value) {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value)) return BigInt(value).toString();
    const s = String(value);
    return /e/i.test(s) ? null : s;
  }
  return null;
}

const newsOptionKeys = ['compose', 'spaces', 'invisible', 'lineBreaks', 'collapseSpaces', 'fullwidth', 'halfwidth',
  'enclosed', 'quotes', 'middleDots', 'ellipsis', 'tildes', 'dashes', 'maxRepeat', 'hanjaAbbreviations'];

const parseOptionKeys = ['splitGluedLines', 'detectDuplicates', ...newsOptionKeys];
const summaryOptionKeys = ['sentences', 'maxChars'];

// The input and options of each Document parse() returned, so that
// summarize(document) can analyze it (the C++ side keeps no state).
const parsedDocuments = new WeakMap();

// Per operation: the option keys it takes (anything else is a TypeError).
const ops = {
  normalize: ['form', 'profile', 'changes', 'edits', ...newsOptionKeys],
  split: ['lineBreaks', 'splitOnEndings', 'splitOnEmoticons', 'maxSentenceBytes'],
  parse: parseOptionKeys,
  summarize: [...summaryOptionKeys, ...parseOptionKeys],
  corpus: ['sentences'],
  disassemble: [],
  assemble: [],
  removeLastJamo: [],
  choseong: ['keepNonHangul'],
  choseongSearch: ['query', 'skipSpaces', 'partialLastSyllable'],
  josa: ['pair', 'markUnknown'],
  pickJosa: ['pair'],
  romanize: ['hyphenate', 'capitalize', 'keepH', 'spelling', 'name', 'translit'],
  pronounce: ['tensification'],
  qwertyToHangul: [],
  hangulToQwerty: [],
  numberToHangul: ['spacing', 'formal'],
  numberToHangulMixed: ['spacing', 'thousandsSeparator'],
  hangulToNumber: [],
  decode: ['encoding'],
  version: [],
};

// The API bound to one instance of the Emscripten module.
function makeApi(core) {
  let aborted = null;

  // Runs `op` on `input` (string or UTF-8 bytes) with option pairs; returns the JSON text.
  function call(op, input, params) {
    if (aborted) throw new GeulError(`the WebAssembly instance stopped earlier (${aborted}); create a new one`);
    const strings = [utf8Encoder.encode(op), typeof input === 'string' ? utf8Encoder.encode(input) : input];
    for (const p of params) strings.push(utf8Encoder.encode(p));
    let total = 8 * strings.length;
    for (const s of strings) total += s.length;
    const block = core._geul_malloc(total);
    if (!block) throw new GeulError('out of memory');
    let result = 0;
    try {
      // Views are taken after malloc: growing memory replaces the buffer.
      const heap = core.HEAPU8;
      const table = core.HEAPU32;
      let p = block + 8 * strings.length;
      strings.forEach((s, k) => {
        heap.set(s, p);
        table[(block >> 2) + 2 * k] = p;
        table[(block >> 2) + 2 * k + 1] = s.length;
        p += s.length;
      });
      result = core._geul_call(block, strings.length);
    } catch (e) {
      aborted = String(e && e.message ? e.message : e);  // a C++ abort leaves the instance unusable
      throw new GeulError(`${op}: ${aborted}`);
    } finally {
      if (!aborted) core._geul_free(block);
    }
    if (!result) throw new GeulError('out of memory');
    const status = core.HEAPU32[result >> 2];
    const size = core.HEAPU32[(result >> 2) + 1];
    const text = utf8Decoder.decode(core.HEAPU8.subarray(result + 8, result + 8 + size));
    core._geul_free(result);
    if (status !== 0) throw new GeulError(`${op}: ${text}`);
    return text;
  }

  function rawJson(op, input, options) {
    if (!Object.prototype.hasOwnProperty.call(ops, op)) throw new TypeError(`geul.rawJson: unknown operation '${op}'`);
    if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
      throw new TypeError(`geul.${op}: input must be a string or a Uint8Array`);
    }
    return call(op, input, toParams(op, options, ops[op]));
  }
  const run = (op, input, options) => JSON.parse(rawJson(op, input, options));
  const text = (op, input, options) => run(op, requireString(op, 'text', input), options);
  // Numbers in any JS form; one that has no plain decimal form is null (options still checked).
  function numberOp(op, n, options) {
    const digits = numberText(n);
    if (digits !== null) return run(op, digits, options);
    toParams(op, options, ops[op]);
    return null;
  }

  return {
    rawJson,
    version: () => run('version', ''),

    // Raw bytes in any supported encoding → UTF-8 text (offsets: input bytes).
    decode(bytes, encoding) {
      if (!(bytes instanceof Uint8Array)) throw new TypeError('geul.decode: bytes must be a Uint8Array');
      return run('decode', bytes, encoding === undefined || encoding === null ? undefined : { encoding });
    },

    normalize(input, options) {
      const r = run('normalize', input, options);
      if (typeof input === 'string') {
        if (r.changes) addSpanIndices(r.changes, input);
        if (r.edits) {
          addSpanIndices(r.edits, input);
          addFieldIndices(r.edits, r.text, ['out_start', 'out_end']);  // into the normalized text
        }
        addDiagnosticIndices(r.diagnostics, input);
      }
      return r;
    },

    splitSentences(input, options) {
      return addSpanIndices(text('split', input, options), input);
    },

    parse(input, options) {
      const doc = run('parse', input, options);
      if (typeof input === 'string') {
        addSpanIndices(doc.blocks, input);
        addDiagnosticIndices(doc.diagnostics, input);
      }
      parsedDocuments.set(doc, { input, options });
      return doc;
    },

    // A Document from parse() is analyzed as it was parsed: only the summary
    // options may be given then (normalization options belong to parse()).
    summarize(input, options) {
      let source = input;
      let params = options;
      if (input !== null && typeof input === 'object' && !(input instanceof Uint8Array)) {
        const parsed = parsedDocuments.get(input);
        if (!parsed) throw new TypeError('geul.summarize: pass the text (a string or Uint8Array) or a document returned by parse()');
        for (const key of Object.keys(options || {})) {
          if (!summaryOptionKeys.includes(key) && ops.summarize.includes(key)) {
            throw new TypeError(`geul.summarize: '${key}' is a parse() option; this document was already parsed`);
          }
        }
        source = parsed.input;
        params = { ...parsed.options, ...options };
      }
      const r = run('summarize', source, params);
      if (typeof source === 'string') {
        addSpanIndices(r.summary, source);
        addSpanIndices(r.quotes, source);
        addFieldIndices(r.quotes, source, ['speaker_start', 'speaker_end']);
      }
      return r;
    },

    // Several articles at once (`geul corpus --json`): the input is the
    // documents in order, as {name, text} objects or strings.
    analyzeCorpus(documents, options) {
      const docs = corpusDocuments(documents);
      const corpus = run('corpus', JSON.stringify(docs), options);
      return addCorpusIndices(corpus, docs.map((d) => d.text));
    },

    disassemble: (s) => text('disassemble', s),
    assemble: (s) => text('assemble', s),
    removeLastJamo: (s) => text('removeLastJamo', s),
    choseong: (s, options) => text('choseong', s, options),
    choseongSearch(s, query, options) {
      const matches = text('choseongSearch', s, { ...options, query: requireString('choseongSearch', 'query', query) });
      addSpanIndices(matches, s);
      for (const m of matches) m.text = s.slice(m.startJs, m.endJs);
      return matches;
    },
    josa: (word, pair, options) => text('josa', word, { ...options, pair: requireString('josa', 'pair', pair) }),
    pickJosa: (word, pair) => text('pickJosa', word, { pair: requireString('pickJosa', 'pair', pair) }),
    romanize: (s, options) => text('romanize', s, options),
    pronounce: (s, options) => text('pronounce', s, options),
    qwertyToHangul: (s) => text('qwertyToHangul', s),
    hangulToQwerty: (s) => text('hangulToQwerty', s),
    numberToHangul: (n, options) => numberOp('numberToHangul', n, options),
    numberToHangulMixed: (n, options) => numberOp('numberToHangulMixed', n, options),
    hangulToNumber(s) {
      const digits = text('hangulToNumber', s);
      if (digits === null) return null;
      const big = BigInt(digits);
      return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    },
  };
}

// A new, independent instance. Options go to the Emscripten module:
// `wasmBinary` (bytes of geul-core.wasm; needed in Node), `locateFile`, `instantiateWasm`.
async function createGeul(options) {
  const moduleOptions = {};
  for (const key of ['wasmBinary', 'locateFile', 'instantiateWasm', 'print', 'printErr']) {
    if (options && options[key] !== undefined) moduleOptions[key] = options[key];
  }
  return makeApi(await createGeulCore(moduleOptions));
}

// The shared instance behind the top-level functions.
let defaultInstance = null;
let defaultPromise = null;
function init(options) {
  if (!defaultPromise) {
    defaultPromise = createGeul(options).then((api) => (defaultInstance = api), (e) => {
      defaultPromise = null;
      throw e;
    });
  }
  return defaultPromise;
}
function instance() {
  if (!defaultInstance) throw new GeulError('call `await init()` before using geul');
  return defaultInstance;
}

const geul = {
  init,
  createGeul,
  GeulError,
  version: () => instance().version(),
  decode: (bytes, encoding) => instance().decode(bytes, encoding),
  rawJson: (op, input, options) => instance().rawJson(op, input, options),
  normalize: (input, options) => instance().normalize(input, options),
  splitSentences: (text, options) => instance().splitSentences(text, options),
  parse: (input, options) => instance().parse(input, options),
  summarize: (input, options) => instance().summarize(input, options),
  analyzeCorpus: (documents, options) => instance().analyzeCorpus(documents, options),
  disassemble: (text) => instance().disassemble(text),
  assemble: (text) => instance().assemble(text),
  removeLastJamo: (text) => instance().removeLastJamo(text),
  choseong: (text, options) => instance().choseong(text, options),
  choseongSearch: (text, query, options) => instance().choseongSearch(text, query, options),
  josa: (word, pair, options) => instance().josa(word, pair, options),
  pickJosa: (word, pair) => instance().pickJosa(word, pair),
  romanize: (text, options) => instance().romanize(text, options),
  pronounce: (text, options) => instance().pronounce(text, options),
  qwertyToHangul: (text) => instance().qwertyToHangul(text),
  hangulToQwerty: (text) => instance().hangulToQwerty(text),
  numberToHangul: (n, options) => instance().numberToHangul(n, options),
  numberToHangulMixed: (n, options) => instance().numberToHangulMixed(n, options),
  hangulToNumber: (text) => instance().hangulToNumber(text),
};
// @geul-api-end

export const {
  version, decode, rawJson, normalize, splitSentences, parse, summarize, analyzeCorpus, disassemble, assemble,
  removeLastJamo, choseong, choseongSearch, josa, pickJosa, romanize, pronounce, qwertyToHangul, hangulToQwerty,
  numberToHangul, numberToHangulMixed, hangulToNumber,
} = geul;
export { init, createGeul, GeulError };
export default geul;
