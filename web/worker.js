// geul explorer — the analysis side: runs the WebAssembly module off the page's
// main thread, so typing never waits for it.
//
// app.js starts this script in one of three ways:
//   * served over http(s): `new Worker('worker.js')`; geul.single.js is loaded
//     here with importScripts;
//   * opened from file:// (Chromium refuses a worker from a file URL): a Blob
//     worker made from worker-bundle.js, which the build writes as the text of
//     geul.single.js followed by this file, so `geul` already exists;
//   * no worker possible at all: on the main thread, after <script> tags for
//     geul.single.js and this file; app.js then calls geulExplorer.handle().
// Every request is {id, type, …}; every reply is {id, ok, result | error}.
'use strict';

(function (scope) {
  const inWorker = typeof WorkerGlobalScope !== 'undefined' && scope instanceof WorkerGlobalScope;
  if (inWorker && typeof scope.geul === 'undefined') scope.importScripts('geul.single.js');
  const geul = scope.geul;
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

  const initStart = now();
  let initMs = 0;
  const ready = geul.init().then((api) => {
    initMs = now() - initStart;
    return api;
  });

  // The Hangul tools the page may call by name (nothing else is reachable).
  const tools = new Set(['choseongSearch', 'choseong', 'josa', 'pickJosa', 'romanize', 'pronounce', 'qwertyToHangul',
    'hangulToQwerty', 'disassemble', 'assemble', 'numberToHangul', 'numberToHangulMixed', 'hangulToNumber']);

  // One article: the document, its analysis, the normalized text aligned with
  // the input (edits) and labelled (changes), and the sentence boundaries.
  function analyze(text, options) {
    const t0 = now();
    const parseOptions = options.parse || {};
    const doc = geul.parse(text, parseOptions);
    const t1 = now();
    let analysis = null;
    let analysisError = null;
    if (typeof geul.summarize === 'function') {
      try {
        analysis = geul.summarize(doc, options.summary || {});
      } catch (e) {
        analysisError = String(e && e.message ? e.message : e);
      }
    } else {
      analysisError = 'this build of geul has no summarize()';
    }
    const t2 = now();
    const normalizeOptions = { profile: 'news', changes: true, edits: true };
    for (const key of Object.keys(parseOptions)) {
      if (key !== 'splitGluedLines' && key !== 'detectDuplicates') normalizeOptions[key] = parseOptions[key];
    }
    const normalized = geul.normalize(text, normalizeOptions);
    const sentences = geul.splitSentences(text);
    const normalizedSentences = geul.splitSentences(normalized.text);
    const t3 = now();
    return {
      doc, analysis, analysisError, normalized, sentences, normalizedSentences,
      ms: { parse: t1 - t0, summarize: t2 - t1, normalize: t3 - t2, total: t3 - t0 },
    };
  }

  async function handle(message) {
    const { id, type } = message || {};
    try {
      await ready;
      let result;
      if (type === 'init') {
        result = {
          version: geul.version(), initMs, decode: typeof geul.decode === 'function',
          summarize: typeof geul.summarize === 'function', corpus: typeof geul.analyzeCorpus === 'function', inWorker,
        };
      } else if (type === 'analyze') {
        result = analyze(message.text, message.options || {});
      } else if (type === 'corpus') {
        // Several documents together: [{name, text}] → `geul corpus --json` with JS indices.
        if (typeof geul.analyzeCorpus !== 'function') throw new Error('this build of geul has no analyzeCorpus()');
        const t0 = now();
        const corpus = geul.analyzeCorpus(message.documents, message.options || {});
        result = { corpus, ms: now() - t0 };
      } else if (type === 'decode') {
        if (typeof geul.decode !== 'function') throw new Error('this build of geul cannot decode legacy encodings');
        result = geul.decode(message.bytes, message.encoding);
      } else if (type === 'tool') {
        if (!tools.has(message.name)) throw new Error(`unknown tool '${message.name}'`);
        result = geul[message.name](...(message.args || []));
        if (typeof result === 'bigint') result = result.toString();
      } else {
        throw new Error(`unknown request '${type}'`);
      }
      return { id, ok: true, result };
    } catch (e) {
      return { id, ok: false, error: String(e && e.message ? e.message : e) };
    }
  }

  scope.geulExplorer = { handle };
  if (inWorker) {
    scope.onmessage = (event) => {
      handle(event.data).then((reply) => scope.postMessage(reply));
    };
  }
})(self);
