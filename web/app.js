// geul explorer — the page: documents, settings, rendering. The analysis runs in
// worker.js (see there for the three ways it is started). No framework, no
// network: every request goes to the page's own files.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const now = () => performance.now();

  // ───────────────────────────── the engine (worker.js) ─────────────────────────────

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.appendChild(s);
    });
  }

  // A request/reply channel to a Worker; rejects everything if the worker dies.
  function workerChannel(worker, kind) {
    const pending = new Map();
    let nextId = 1;
    let dead = null;
    const failAll = (why) => {
      dead = why;
      for (const p of pending.values()) p.reject(new Error(why));
      pending.clear();
    };
    worker.onmessage = (e) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      failAll(e.message || 'the worker failed to start');
    };
    return {
      kind,
      call(message) {
        if (dead) return Promise.reject(new Error(dead));
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          worker.postMessage({ ...message, id });
        });
      },
    };
  }

  // The same interface on the main thread (when no worker can be created).
  async function mainThreadChannel() {
    if (!self.geul) await loadScript('geul.single.js');
    if (!self.geulExplorer) await loadScript('worker.js');
    let nextId = 1;
    return {
      kind: 'main thread',
      async call(message) {
        const reply = await self.geulExplorer.handle({ ...message, id: nextId++ });
        if (!reply.ok) throw new Error(reply.error);
        return reply.result;
      },
    };
  }

  // http(s): worker.js as a classic worker. file://: Chromium refuses a Worker
  // from a file URL, so a Blob worker is built from worker-bundle.js (the text
  // of geul.single.js + worker.js, written by the build). Failing both, the
  // main thread.
  async function startEngine() {
    const attempts = [];
    if (location.protocol !== 'file:') {
      attempts.push(async () => workerChannel(new Worker('worker.js'), 'worker'));
    }
    attempts.push(async () => {
      if (typeof self.geulWorkerSource !== 'string') await loadScript('worker-bundle.js');
      const url = URL.createObjectURL(new Blob([self.geulWorkerSource], { type: 'text/javascript' }));
      return workerChannel(new Worker(url), 'worker (blob)');
    });
    attempts.push(mainThreadChannel);
    let lastError = null;
    for (const attempt of attempts) {
      try {
        const channel = await attempt();
        const info = await channel.call({ type: 'init' });
        return { channel, info };
      } catch (e) {
        lastError = e;
      }
    }
    throw lastError;
  }

  // ───────────────────────────── state ─────────────────────────────

  const defaults = {
    sentences: 3, maxChars: 0,
    hanjaAbbreviations: true, fullwidth: true, halfwidth: true, enclosed: true, middleDots: true, tildes: true,
    dashes: true, invisible: true, collapseSpaces: true, quotes: 'ascii', ellipsis: 'unicode', maxRepeat: 3,
    detectDuplicates: true, splitGluedLines: true,
  };

  const state = {
    engine: null,
    info: null,
    docs: [],
    current: -1,
    nextDocId: 1,
    view: 'original',
    show: { changes: true, summary: true, quotes: true, sentences: false },
    settings: { ...defaults },
    settingsVersion: 0,
    search: { query: '', matches: [], key: '' },
    tab: 'article',  // the side panel: 'article' (this document) or 'corpus' (all documents)
    corpus: {
      result: null,      // analyzeCorpus's answer: `geul corpus --json` + JS indices
      key: '',           // of the documents (ids, versions) and options it was made from
      docIds: [],        // corpus document number → doc.id
      versions: [],      // doc.version of each, at analysis time (spans of an edited text are stale)
      wanted: '',        // the key being analyzed or waiting
      busy: false,
      error: null,
      ms: 0,
      sentences: 5,      // -k of the merged summaries
      group: -1,         // the selected variant group: its mentions are highlighted
      focus: null,       // {document, startJs, endJs, title}: a story sentence shown in its document
      pendingFlash: null,  // {docId, selector}: flash once that document is rendered
    },
    firstResultMarked: false,
    busy: false,
  };

  function currentDoc() {
    return state.docs[state.current] || null;
  }

  function addDoc(fields, select = true) {
    const doc = {
      id: state.nextDocId++, name: 'Untitled', text: '', origin: 'paste', version: 0, result: null, resultKey: '',
      error: null, encoding: null, bytes: null, ...fields,
    };
    state.docs.push(doc);
    if (select) state.current = state.docs.length - 1;
    return doc;
  }

  // Only the options that differ from the library's defaults are sent, so a
  // default run is exactly `geul parse --json` / `geul summarize --json`.
  function analysisOptions() {
    const s = state.settings;
    const parse = {};
    for (const key of Object.keys(defaults)) {
      if (key === 'sentences' || key === 'maxChars') continue;
      if (s[key] !== defaults[key]) parse[key] = s[key];
    }
    const summary = {};
    if (s.sentences !== defaults.sentences) summary.sentences = s.sentences;
    if (s.maxChars !== defaults.maxChars) summary.maxChars = s.maxChars;
    if (summary.sentences === 0 && !summary.maxChars) summary.sentences = defaults.sentences;
    return { parse, summary };
  }

  const resultKey = (doc) => `${doc.version}|${state.settingsVersion}`;

  // ───────────────────────────── analysis scheduling ─────────────────────────────

  let debounce = 0;
  function scheduleAnalysis(delay) {
    clearTimeout(debounce);
    debounce = setTimeout(pump, delay);
  }

  // One request at a time: the current document first, then any other stale
  // one (so the list can show titles). A document edited meanwhile is redone.
  async function pump() {
    if (state.busy || !state.engine) return;
    const cur = currentDoc();
    let doc = cur && needsAnalysis(cur) ? cur : state.docs.find(needsAnalysis);
    if (!doc) return;
    state.busy = true;
    const key = resultKey(doc);
    const started = now();
    try {
      const result = await state.engine.call({ type: 'analyze', text: doc.text, options: analysisOptions() });
      result.roundTripMs = now() - started;
      if (state.docs.includes(doc) && resultKey(doc) === key) {
        doc.result = result;
        doc.resultKey = key;
        doc.error = null;
        if (doc === currentDoc()) {
          state.search.key = '';
          renderCurrent();
          await refreshSearch();
          markFirstResult();
        }
        renderDocList();
      }
    } catch (e) {
      doc.error = `The analysis failed: ${e.message}`;
      doc.resultKey = key;
      if (doc === currentDoc()) renderCurrent();
    } finally {
      state.busy = false;
    }
    if (state.docs.some(needsAnalysis)) setTimeout(pump, 0);
  }

  function needsAnalysis(doc) {
    return !doc.decodeError && doc.resultKey !== resultKey(doc);
  }

  function markFirstResult() {
    if (state.firstResultMarked) return;
    state.firstResultMarked = true;
    performance.mark('geul:first-result');
    const t = performance.getEntriesByName('geul:first-result')[0].startTime;
    window.geulExplorerTimings.firstResult = t;
    updateFooter();
  }

  // ───────────────────────────── small DOM helpers ─────────────────────────────

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  const fmt = (x, digits = 3) => (typeof x === 'number' ? x.toFixed(digits) : '');

  // ───────────────────────────── offsets: input ↔ normalized ─────────────────────────────

  // JS index in the input → JS index in the normalized text, from the offset
  // map's edits (sorted, disjoint). A position inside an edit goes to the
  // edit's start (`side` 'begin') or end ('end').
  function makeMapper(edits) {
    const starts = edits.map((e) => e.startJs);
    return (p, side = 'begin') => {
      let lo = 0;
      let hi = edits.length;
      while (lo < hi) {  // first edit starting after p
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= p) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= 0; k--) {
        const e = edits[k];
        if (e.startJs === p && e.endJs === p) continue;  // an insertion at p: look before it
        if (p < e.endJs && p > e.startJs) return side === 'begin' ? e.out_startJs : e.out_endJs;
        if (p === e.startJs) return e.out_startJs;
        return p - e.endJs + e.out_endJs;
      }
      return p;
    };
  }

  // ───────────────────────────── the document view ─────────────────────────────

  const reasonText = {
    navigation: 'navigation: menus, skip links, breadcrumbs',
    widget: 'widget: share, print or font buttons, likes, weather and date widgets',
    promo: 'promotion: ▶/☞/※ lines, subscribe and tip-off lines',
    related: 'related articles',
    copyright: 'copyright notice',
    comment: 'comment counter',
    advertisement: 'advertisement',
    duplicate: 'a repeat of an earlier headline or paragraph',
    other: 'other: outlet name, turn markers, hashtags, contacts',
  };
  const roleText = {
    title: 'title', subtitle: 'subtitle', date: 'date', byline: 'byline', caption: 'caption', heading: 'heading',
    list_item: 'list item', body: 'body', boilerplate: 'boilerplate',
  };

  // Annotations: {start, end, cls, data: {k: v}, title, first: cls-for-first-segment}.
  // Zero-width ones (deleted input) become a marker.
  function renderRange(parent, text, from, to, anns) {
    const inside = anns.filter((a) => (a.start < to && a.end > from) || (a.start === a.end && a.start >= from && a.start < to));
    const points = [from, to];
    for (const a of inside) {
      points.push(Math.max(from, Math.min(to, a.start)), Math.max(from, Math.min(to, a.end)));
    }
    const cuts = Array.from(new Set(points)).sort((x, y) => x - y);
    for (let i = 0; i < cuts.length; i++) {
      const p = cuts[i];
      for (const a of inside) {
        if (a.start === a.end && a.start === p) {
          parent.append(el('span', { class: `${a.cls} deletion`, title: a.title, 'aria-label': a.title }));
        }
      }
      if (i + 1 === cuts.length) break;
      const q = cuts[i + 1];
      const classes = [];
      const data = {};
      const titles = [];
      for (const a of inside) {
        if (a.start <= p && a.end >= q && a.start < a.end) {
          classes.push(a.cls);
          if (a.first && a.start === p) classes.push(a.first);
          if (a.data) Object.assign(data, a.data);
          if (a.title) titles.push(a.title);
        }
      }
      const piece = text.slice(p, q);
      if (!classes.length) {
        parent.append(piece);
        continue;
      }
      const span = el('span', { class: classes.join(' '), title: titles.length ? titles.join('\n') : null });
      for (const [k, v] of Object.entries(data)) span.dataset[k] = v;
      span.textContent = piece;
      parent.append(span);
    }
  }

  function buildAnnotations(doc, normalized) {
    const r = doc.result;
    const anns = [];
    const map = normalized ? makeMapper(r.normalized.edits) : (p) => p;
    const span = (s, e) => [map(s, 'begin'), map(e, 'end')];
    if (state.show.changes) {
      const changes = r.normalized.changes;
      for (const e of r.normalized.edits) {
        const labels = changes.filter((c) => c.startJs < e.endJs && c.endJs > e.startJs || (c.startJs === e.startJs && c.endJs === e.endJs))
          .map((c) => `${c.kind.replace(/_/g, ' ')}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
        const title = labels.length ? labels.join('\n') : 'changed by normalization';
        if (normalized) anns.push({ start: e.out_startJs, end: e.out_endJs, cls: 'mark-change', title });
        else if (e.endJs > e.startJs) anns.push({ start: e.startJs, end: e.endJs, cls: 'mark-change', title });
      }
    }
    if (state.show.sentences) {
      const list = normalized ? r.normalizedSentences : r.sentences;
      list.forEach((s, i) => anns.push({
        start: s.startJs, end: s.endJs, cls: i % 2 ? 'sentence sentence-b' : 'sentence sentence-a', first: 'sentence-start',
        data: { sentence: String(i) },
      }));
    }
    if (r.analysis) {
      if (state.show.summary) {
        r.analysis.summary.forEach((s, i) => {
          const [a, b] = span(s.startJs, s.endJs);
          anns.push({ start: a, end: b, cls: 'mark-summary', data: { summary: String(i) }, title: `summary sentence ${i + 1} · score ${fmt(s.score)}` });
        });
      }
      if (state.show.quotes) {
        r.analysis.quotes.forEach((q, i) => {
          const [a, b] = span(q.startJs, q.endJs);
          anns.push({ start: a, end: b, cls: 'mark-quote', data: { quote: String(i) }, title: `quote ${i + 1}${q.speaker ? ` · ${q.speaker}` : ''}${q.verb ? ` · ${q.verb}` : ''}` });
          if (typeof q.speaker_startJs === 'number') {
            const [c, d] = span(q.speaker_startJs, q.speaker_endJs);
            anns.push({ start: c, end: d, cls: 'mark-speaker', data: { speaker: String(i) }, title: `speaker of quote ${i + 1}` });
          }
        });
      }
    }
    for (const m of corpusMarks(doc)) {
      const [a, b] = span(m.startJs, m.endJs);
      anns.push({ start: a, end: b, cls: m.cls, data: m.data, title: m.title });
    }
    const search = state.search;
    if (search.query && search.view === state.view && search.docId === doc.id) {
      search.matches.forEach((m, i) => anns.push({ start: m.startJs, end: m.endJs, cls: 'mark-found', data: { found: String(i) } }));
    }
    return { anns, map };
  }

  function renderDocumentView(doc) {
    const view = $('document-view');
    view.replaceChildren();
    if (!doc) {
      view.append(el('p', { class: 'empty', text: 'No article yet: paste one above, drop .txt files, or pick a sample.' }));
      return;
    }
    if (doc.decodeError) {
      view.append(el('p', { class: 'empty', text: doc.decodeError }));
      return;
    }
    const r = doc.result;
    if (!r) {
      view.append(el('p', { class: 'empty', text: doc.error || (doc.text ? 'Analyzing…' : 'Empty document: paste an article above.') }));
      return;
    }
    const normalized = state.view === 'normalized';
    const text = normalized ? r.normalized.text : doc.text;
    const { anns, map } = buildAnnotations(doc, normalized);
    anns.sort((a, b) => a.start - b.start);
    const blocks = r.doc.blocks;
    const frag = document.createDocumentFragment();
    // One sweep over the sorted annotations: each block sees only those that reach into it.
    let next = 0;
    let active = [];
    blocks.forEach((b, i) => {
      let from = normalized ? map(b.startJs) : b.startJs;
      let to = i + 1 < blocks.length ? (normalized ? map(blocks[i + 1].startJs) : b.endJs) : text.length;
      // Whitespace around the content is shown as the gap between blocks.
      const slice = text.slice(from, to);
      from += slice.length - slice.trimStart().length;
      to -= slice.length - slice.trimEnd().length;
      if (to < from) to = from;
      const reason = b.reason ? reasonText[b.reason] || b.reason : null;
      const label = b.reason ? `boilerplate · ${b.reason}` : roleText[b.role] || b.role;
      const block = el('div', {
        class: `block role-${b.role}`, 'data-role': b.role, 'data-reason': b.reason, 'data-block': i,
        title: reason ? `Boilerplate — ${reason}` : null,
      });
      block.append(el('span', { class: 'block-tag', text: label }));
      const body = el('span', { class: 'block-text' });
      while (next < anns.length && anns[next].start < to) active.push(anns[next++]);
      active = active.filter((a) => a.end > from || (a.start === a.end && a.start >= from));
      renderRange(body, text, from, to, active);
      block.append(body);
      frag.append(block);
    });
    view.append(frag);
    const pending = state.corpus.pendingFlash;
    if (pending && pending.docId === doc.id) {
      state.corpus.pendingFlash = null;
      requestAnimationFrame(() => flash(pending.selector));
    }
  }

  // ───────────────────────────── side panels ─────────────────────────────

  function flash(selector) {
    const nodes = $('document-view').querySelectorAll(selector);
    if (!nodes.length) return false;
    nodes[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const n of nodes) {
      n.classList.remove('flash');
      void n.offsetWidth;  // restart the animation
      n.classList.add('flash');
    }
    return true;
  }

  function scrollToAnnotation(kind, index, showKey) {
    if (showKey && !state.show[showKey]) {
      state.show[showKey] = true;
      $(`show-${showKey}`).checked = true;
      renderDocumentView(currentDoc());
    }
    flash(`[data-${kind}="${index}"]`);
  }

  function renderMetadata(doc) {
    const dl = $('metadata');
    dl.replaceChildren();
    const diag = $('diagnostics');
    diag.hidden = true;
    if (!doc || !doc.result) return;
    const d = doc.result.doc;
    const rows = [];
    const add = (name, value, cls) => {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
      rows.push([name, value, cls]);
    };
    add('Title', d.title, 'meta-title');
    add('Series', d.series);
    add('Subtitles', d.subtitles.length ? d.subtitles : null);
    add('Outlet', d.outlet, 'meta-outlet');
    add('Reporters', d.reporters.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)), 'meta-reporters');
    add('Dateline', d.dateline);
    add('Published', d.published);
    add('Modified', d.modified);
    const counts = {};
    for (const b of d.blocks) counts[b.role] = (counts[b.role] || 0) + 1;
    add('Blocks', Object.entries(counts).map(([k, v]) => `${roleText[k] || k} ${v}`).join(' · '));
    add('Body', `${d.body.length.toLocaleString('en')} characters in ${d.body ? d.body.split('\n').length : 0} paragraphs`);
    if (!d.title) rows.unshift(['Title', '(none found)', 'meta-title missing']);
    for (const [name, value, cls] of rows) {
      dl.append(el('dt', { text: name }));
      const dd = el('dd', { class: cls || null });
      if (Array.isArray(value)) {
        const ul = el('ul');
        for (const v of value) ul.append(el('li', { text: v }));
        dd.append(ul);
      } else {
        dd.textContent = value;
      }
      dl.append(dd);
    }
    const notes = [...d.diagnostics.map((x) => x.message)];
    if (doc.encoding && doc.encoding !== 'utf-8') notes.unshift(`Decoded from ${doc.encoding.toUpperCase()}.`);
    if (doc.result.analysisError) notes.push(doc.result.analysisError);
    if (notes.length) {
      diag.hidden = false;
      diag.textContent = `Notes: ${notes.join(' · ')}`;
    }
  }

  function renderSummary(doc) {
    const list = $('summary-list');
    list.replaceChildren();
    const a = doc && doc.result && doc.result.analysis;
    if (!a) return;
    if (!a.summary.length) list.append(el('li', { class: 'empty', text: 'No summary (no body sentences).' }));
    a.summary.forEach((s, i) => {
      const f = s.features;
      list.append(el('li', null,
        el('button', { type: 'button', class: 'link', text: s.text, onclick: () => scrollToAnnotation('summary', i, 'summary') }),
        el('span', {
          class: 'score', text: `score ${fmt(s.score)}`,
          title: `sentence #${s.index + 1} · centrality ${fmt(f.centrality)} · position ${fmt(f.position)} · title ${fmt(f.title)} · length ${fmt(f.length)} · penalty ${fmt(f.penalty)} · redundancy ${fmt(f.redundancy)}`,
        }),
        el('span', { class: 'features', text: `centrality ${fmt(f.centrality, 2)} · position ${fmt(f.position, 2)} · title ${fmt(f.title, 2)}` })));
    });
  }

  function renderKeywords(doc) {
    const ul = $('keywords');
    ul.replaceChildren();
    const a = doc && doc.result && doc.result.analysis;
    if (!a) return;
    for (const k of a.keywords) {
      ul.append(el('li', { title: `score ${fmt(k.score)} · ${k.count}×` }, el('span', { text: k.text }), el('small', { text: ` ${k.count}` })));
    }
    if (!a.keywords.length) ul.append(el('li', { class: 'empty', text: 'none' }));
  }

  function renderQuotes(doc) {
    const tbody = $('quotes-table').tBodies[0];
    tbody.replaceChildren();
    const a = doc && doc.result && doc.result.analysis;
    if (!a) return;
    a.quotes.forEach((q, i) => {
      const speaker = q.speaker || (q.unresolved ? `(unresolved: ${q.unresolved})` : '—');
      tbody.append(el('tr', { 'data-quote-row': i },
        el('td', { class: 'speaker', text: speaker }),
        el('td', null, el('button', { type: 'button', class: 'link', text: q.text, onclick: () => scrollToAnnotation('quote', i, 'quotes') })),
        el('td', { class: 'verb', text: q.verb || '—' })));
    });
    if (!a.quotes.length) tbody.append(el('tr', null, el('td', { colspan: 3, class: 'empty', text: 'No direct quotes found.' })));
  }

  function renderAliases(doc) {
    const tbody = $('aliases-table').tBodies[0];
    tbody.replaceChildren();
    const a = doc && doc.result && doc.result.analysis;
    if (!a) return;
    for (const x of a.aliases) tbody.append(el('tr', null, el('td', { text: x.long }), el('td', { text: x.short }), el('td', { text: x.kind })));
    if (!a.aliases.length) tbody.append(el('tr', null, el('td', { colspan: 3, class: 'empty', text: 'No name variants found.' })));
  }

  function renderSentenceInfo(doc) {
    const p = $('sentence-info');
    if (!doc || !doc.result) {
      p.textContent = '';
      return;
    }
    const r = doc.result;
    p.textContent = `${r.sentences.length} sentences and lines in the input (${r.normalizedSentences.length} after normalization). ` +
      'Turn on “Sentence boundaries” above to see them, shaded in turn.';
  }

  function renderDocList() {
    const section = $('doc-list-section');
    const ul = $('doc-list');
    section.hidden = state.docs.length < 2;
    $('download-all').hidden = state.docs.length < 2;
    $('doc-count').textContent = `(${state.docs.length})`;
    ul.replaceChildren();
    state.docs.forEach((d, i) => {
      const title = d.result && d.result.doc.title;
      const label = title || d.name;
      const button = el('button', {
        type: 'button', class: 'doc-item', 'aria-current': i === state.current ? 'true' : null, 'data-doc-index': i,
        onclick: () => selectDoc(i),
      }, el('span', { class: 'doc-title', lang: 'ko', text: label }),
      el('small', { text: `${i + 1} · ${d.name}${d.decodeError ? ' · not readable' : ''}` }));
      ul.append(el('li', null, button));
    });
    renderTabs();
    scheduleCorpus(250);  // after the per-document analyses that are under way (one worker)
  }

  function renderCurrent() {
    const doc = currentDoc();
    renderDocumentView(doc);
    renderMetadata(doc);
    renderSummary(doc);
    renderKeywords(doc);
    renderQuotes(doc);
    renderAliases(doc);
    renderSentenceInfo(doc);
    renderEncodingBar(doc);
    renderCorpus();
    updateFooter();
  }

  function updateFooter() {
    const doc = currentDoc();
    const t = window.geulExplorerTimings;
    const parts = [];
    if (t.ready !== undefined) parts.push(`module ready at ${Math.round(t.ready)} ms`);
    if (t.firstResult !== undefined) parts.push(`first result at ${Math.round(t.firstResult)} ms`);
    if (doc && doc.result) parts.push(`this document: ${doc.result.ms.total.toFixed(1)} ms in the engine`);
    $('timing').textContent = parts.join(' · ');
  }

  // ───────────────────────────── the corpus view ─────────────────────────────
  // All documents analysed together (analyzeCorpus in the worker): stories,
  // merged summaries with source badges, quotes by speaker, timelines, name
  // variants (highlighted in the documents) and near-duplicates.

  // The documents that go into the corpus: readable and not empty.
  const corpusDocs = () => state.docs.filter((d) => !d.decodeError && d.text.trim());
  const corpusKey = (docs) => `${docs.map((d) => `${d.id}:${d.version}`).join(',')}|${state.corpus.sentences}`;

  function renderTabs() {
    const several = state.docs.length >= 2;
    $('side-tabs').hidden = !several;
    if (!several && state.tab === 'corpus') state.tab = 'article';
    const corpus = state.tab === 'corpus';
    $('tab-article').setAttribute('aria-selected', String(!corpus));
    $('tab-corpus').setAttribute('aria-selected', String(corpus));
    $('article-panel').hidden = corpus;
    $('corpus-panel').hidden = !corpus;
    for (const chip of document.querySelectorAll('.legend .corpus-only')) chip.hidden = !corpus;
    const stories = state.corpus.result ? state.corpus.result.stories.length : 0;
    $('corpus-tab-count').textContent = state.corpus.result && several ? `(${stories} ${stories === 1 ? 'story' : 'stories'})` : '';
  }

  function setTab(tab) {
    if (tab === state.tab) return;
    state.tab = tab;
    renderTabs();
    renderDocumentView(currentDoc());  // corpus highlights show in the corpus view only
    if (tab === 'corpus') {
      renderCorpus();
      scheduleCorpus(0);
    }
  }

  let corpusTimer = 0;
  function scheduleCorpus(delay) {
    if (state.tab !== 'corpus') return;
    clearTimeout(corpusTimer);
    corpusTimer = setTimeout(runCorpus, delay);
  }

  // One corpus request at a time; documents edited meanwhile are redone after it.
  async function runCorpus() {
    const c = state.corpus;
    if (!state.engine || state.tab !== 'corpus' || c.busy) return;
    const docs = corpusDocs();
    const key = corpusKey(docs);
    if (key === c.key) return;
    if (!docs.length) {
      Object.assign(c, { result: null, key, docIds: [], versions: [], error: null, group: -1, focus: null });
      renderCorpus();
      return;
    }
    c.busy = true;
    c.wanted = key;
    renderCorpusStatus();
    try {
      const options = c.sentences !== 5 ? { sentences: c.sentences } : {};
      const reply = await state.engine.call({ type: 'corpus', documents: docs.map((d) => ({ name: d.name, text: d.text })), options });
      const sameDocs = c.result && c.docIds.join(',') === docs.map((d) => d.id).join(',');
      Object.assign(c, {
        result: reply.corpus, ms: reply.ms, key, error: null,
        docIds: docs.map((d) => d.id), versions: docs.map((d) => d.version),
      });
      if (!sameDocs || c.group >= c.result.variants.length) c.group = -1;
      if (!sameDocs) c.focus = null;
    } catch (e) {
      c.error = `The corpus analysis failed: ${e.message}`;
      c.key = key;
    } finally {
      c.busy = false;
      c.wanted = '';
    }
    renderTabs();
    renderCorpus();
    renderDocumentView(currentDoc());
    if (corpusKey(corpusDocs()) !== c.key) scheduleCorpus(300);
  }

  // The corpus number of a document whose text is still the one analysed, or -1.
  function corpusIndex(doc) {
    const c = state.corpus;
    if (!doc || !c.result) return -1;
    const k = c.docIds.indexOf(doc.id);
    return k >= 0 && c.versions[k] === doc.version ? k : -1;
  }

  // The highlights the corpus view adds to the document view (JS indices into the input).
  function corpusMarks(doc) {
    const c = state.corpus;
    if (state.tab !== 'corpus') return [];
    const k = corpusIndex(doc);
    if (k < 0) return [];
    const marks = [];
    const g = c.result.variants[c.group];
    if (g) {
      g.mentions.forEach((m, j) => {
        if (m.document === k) {
          marks.push({ startJs: m.startJs, endJs: m.endJs, cls: 'mark-variant', data: { variant: String(c.group), mention: String(j) },
            title: `${g.canonical}: written “${m.text}” here` });
        }
      });
    }
    if (c.focus && c.focus.document === k) {
      marks.push({ startJs: c.focus.startJs, endJs: c.focus.endJs, cls: 'mark-source', data: { source: '0' }, title: c.focus.title });
    }
    return marks;
  }

  // Corpus document number → the page's document (and its 1-based number in the list).
  function pageDoc(k) {
    const id = state.corpus.docIds[k];
    const i = state.docs.findIndex((d) => d.id === id);
    return i < 0 ? null : { doc: state.docs[i], index: i };
  }

  function docLabel(k) {
    const info = state.corpus.result && state.corpus.result.documents[k];
    const p = pageDoc(k);
    const short = (info && info.outlet) || (info ? info.file.replace(/\.[^.]*$/, '') : `document ${k + 1}`);
    return { number: p ? p.index + 1 : k + 1, short, name: info ? info.file : '', title: info && info.title };
  }

  // Opens corpus document k; with a span, scrolls to it and marks it.
  function openCorpusDoc(k, target) {
    const p = pageDoc(k);
    if (!p) return;
    const c = state.corpus;
    if (target && target.focus) {
      c.focus = { document: k, startJs: target.startJs, endJs: target.endJs, title: target.title || 'story sentence' };
      c.pendingFlash = { docId: p.doc.id, selector: '[data-source="0"]' };
    } else if (target && target.selector) {
      c.pendingFlash = { docId: p.doc.id, selector: target.selector };
    }
    if (p.index === state.current) renderCurrent();
    else selectDoc(p.index);
  }

  // A source badge: the document's number and outlet (or file name).
  function badge(k, kind, target) {
    const l = docLabel(k);
    const what = kind === 'also' ? `also said in document ${l.number}` : `from document ${l.number}`;
    const label = `${what}: ${l.name}${l.title ? ` — ${l.title}` : ''}`;
    return el('button', {
      type: 'button', class: `badge ${kind}`, 'data-corpus-doc': k, title: label, 'aria-label': label,
      onclick: () => openCorpusDoc(k, target),
    }, el('b', { text: String(l.number) }), ` ${l.short}`);
  }

  function renderCorpusStatus() {
    const c = state.corpus;
    const p = $('corpus-status');
    const docs = corpusDocs();
    if (!state.engine) p.textContent = 'Waiting for the WebAssembly module…';
    else if (c.busy) p.textContent = `Analyzing ${docs.length} documents together…`;
    else if (c.error) p.textContent = c.error;
    else if (!c.result) p.textContent = docs.length ? 'Analyzing…' : 'No readable documents yet.';
    else {
      const stale = c.key !== corpusKey(docs) ? ' Updating for the changed documents…' : '';
      const n = c.result.documents.length;
      p.textContent = `${n} document${n === 1 ? '' : 's'} · ${c.result.stories.length} ${c.result.stories.length === 1 ? 'story' : 'stories'} · ` +
        `${c.result.variants.length} people · ${c.ms.toFixed(1)} ms in the engine.${stale}`;
    }
    p.classList.toggle('error', Boolean(c.error));
  }

  function renderStories() {
    const c = state.corpus;
    const box = $('corpus-stories');
    box.replaceChildren();
    const r = c.result;
    $('story-count').textContent = r ? `(${r.stories.length})` : '';
    if (!r) return;
    const current = corpusIndex(currentDoc());
    r.stories.forEach((story, si) => {
      const first = r.documents[story.documents[0]];
      const section = el('article', { class: 'story', 'data-story': si, 'aria-labelledby': `story-${si}-title` });
      section.append(el('h3', { id: `story-${si}-title` },
        el('span', { class: 'story-number', text: `Story ${si + 1}` }), ` ${first.title || first.file}`,
        el('small', { text: ` · ${story.documents.length} document${story.documents.length === 1 ? '' : 's'}` })));

      const docs = el('ul', { class: 'story-docs' });
      for (const k of story.documents) {
        const info = r.documents[k];
        const l = docLabel(k);
        docs.append(el('li', null, el('button', {
          type: 'button', class: 'story-doc', 'data-corpus-doc': k, 'aria-current': k === current ? 'true' : null,
          onclick: () => openCorpusDoc(k),
        }, el('b', { class: 'doc-number', text: String(l.number) }), el('span', { text: info.title || info.file }),
        el('small', { text: [info.outlet, info.published, info.file].filter(Boolean).join(' · ') }))));
      }
      section.append(docs);

      section.append(el('h4', { text: 'Merged summary' }));
      const summary = el('ol', { class: 'story-summary' });
      story.summary.forEach((s, i) => {
        const badges = el('span', { class: 'badges' },
          badge(s.document, 'source', { focus: true, startJs: s.startJs, endJs: s.endJs, title: `story ${si + 1}, summary sentence ${i + 1}` }));
        for (const a of s.also) badges.append(badge(a, 'also'));
        summary.append(el('li', { 'data-summary-item': i }, el('span', { class: 'sentence', text: s.text }), badges));
      });
      if (!story.summary.length) summary.append(el('li', { class: 'empty', text: 'No body sentences.' }));
      section.append(summary);

      if (story.timeline.length) {
        section.append(el('h4', { text: 'Timeline' }));
        const ol = el('ol', { class: 'timeline' });
        story.timeline.forEach((t, i) => ol.append(el('li', { 'data-timeline-item': i },
          el('time', { class: 'date', text: t.date || '—' }),
          badge(t.document, 'source', { focus: true, startJs: t.startJs, endJs: t.endJs, title: `story ${si + 1}, dated ${t.date}` }),
          el('span', { class: 'sentence', text: ` ${t.text}` }))));
        section.append(ol);
      }

      if (story.quotes.length) {
        section.append(el('h4', { text: 'Quotes by speaker' }));
        const ul = el('ul', { class: 'story-quotes' });
        for (const sp of story.quotes) {
          const quotes = el('ul');
          for (const q of sp.quotes) {
            const badges = el('span', { class: 'badges' },
              badge(q.document, 'source', { focus: true, startJs: q.startJs, endJs: q.endJs, title: `quote of ${sp.speaker || 'an unknown speaker'}` }));
            for (const a of q.also) badges.append(badge(a, 'also'));
            quotes.append(el('li', null, el('q', { text: q.text }), q.verb ? el('small', { text: ` ${q.verb}` }) : null, badges));
          }
          ul.append(el('li', null, el('span', { class: 'speaker', text: sp.speaker || '(speaker unknown)' }), quotes));
        }
        section.append(ul);
      }
      box.append(section);
    });
  }

  function selectGroup(k) {
    const c = state.corpus;
    c.group = c.group === k ? -1 : k;
    renderVariants();
    renderDocumentView(currentDoc());
    if (c.group >= 0) flash(`[data-variant="${c.group}"]`);
  }

  function renderVariants() {
    const c = state.corpus;
    const ul = $('corpus-variants');
    ul.replaceChildren();
    const info = $('variant-info');
    info.textContent = '';
    const r = c.result;
    $('people-count').textContent = r ? `(${r.variants.length})` : '';
    if (!r) return;
    const current = corpusIndex(currentDoc());
    r.variants.forEach((g, k) => {
      const docs = Array.from(new Set(g.mentions.map((m) => m.document)));
      const selected = k === c.group;
      const li = el('li', { class: selected ? 'selected' : null },
        el('button', {
          type: 'button', class: 'group', 'aria-pressed': String(selected), 'data-group': k,
          onclick: () => selectGroup(k),
        }, el('span', { class: 'canonical', text: g.canonical }),
        el('small', { text: ` · ${g.mentions.length} mention${g.mentions.length === 1 ? '' : 's'} in ${docs.length} document${docs.length === 1 ? '' : 's'} · ${g.kind}` }),
        el('span', { class: 'forms', text: g.forms.join(', ') })));
      if (selected) {
        // Where the mentions are: one button per document.
        const where = el('span', { class: 'badges' });
        for (const d of docs) {
          const n = g.mentions.filter((m) => m.document === d).length;
          const b = badge(d, 'source', { selector: `[data-variant="${k}"]` });
          b.append(` ×${n}`);
          where.append(b);
        }
        li.append(where);
        const here = current < 0 ? 0 : g.mentions.filter((m) => m.document === current).length;
        info.textContent = `${g.canonical}: ${g.mentions.length} mentions highlighted in the documents; ${here} in this one.`;
      }
      ul.append(li);
    });
    if (!r.variants.length) ul.append(el('li', { class: 'empty', text: 'No people named.' }));
  }

  function renderDuplicates() {
    const tbody = $('corpus-duplicates').tBodies[0];
    tbody.replaceChildren();
    const r = state.corpus.result;
    if (!r) return;
    for (const d of r.duplicates) {
      tbody.append(el('tr', null, el('td', null, badge(d.a, 'source'), ' ~ ', badge(d.b, 'source')),
        el('td', { text: fmt(d.similarity, 2) }), el('td', { text: fmt(d.containment, 2) })));
    }
    if (!r.duplicates.length) tbody.append(el('tr', null, el('td', { colspan: 3, class: 'empty', text: 'No near-duplicates.' })));
  }

  function renderCorpus() {
    if (state.tab !== 'corpus') return;
    renderCorpusStatus();
    renderStories();
    renderVariants();
    renderDuplicates();
  }

  // ───────────────────────────── documents, files, samples ─────────────────────────────

  function selectDoc(i) {
    if (i < 0 || i >= state.docs.length) return;
    state.current = i;
    $('text-input').value = state.docs[i].text;
    renderDocList();
    renderCurrent();
    refreshSearch();
    scheduleAnalysis(0);
  }

  function showFileMessage(text) {
    const p = $('file-message');
    p.hidden = !text;
    p.textContent = text || '';
  }

  const utf8Strict = new TextDecoder('utf-8', { fatal: true });

  // UTF-8 (the usual case) is read by the browser; anything else goes to geul's
  // decoder (CP949/EUC-KR, UTF-16), which detects the encoding. The bytes are
  // kept so that the encoding can be overridden.
  async function readFile(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      return { text: utf8Strict.decode(bytes), encoding: 'utf-8', bytes };
    } catch (_) {
      // not UTF-8: below
    }
    if (state.info && state.info.decode) {
      try {
        const d = await state.engine.call({ type: 'decode', bytes });
        return { text: d.text, encoding: d.encoding, confidence: d.confidence, decodeNotes: d.diagnostics, bytes };
      } catch (e) {
        return { error: `${file.name}: cannot be decoded (${e.message}).`, bytes };
      }
    }
    return {
      error: `${file.name} is not UTF-8 text (perhaps EUC-KR/CP949, or not text at all). Save it as UTF-8 and drop it again.`,
      bytes,
    };
  }

  async function addFiles(files) {
    const list = Array.from(files).filter((f) => f && f.name !== undefined);
    if (!list.length) return;
    const messages = [];
    const read = [];
    for (const file of list) {
      if (file.size > 20 * 1024 * 1024) messages.push(`${file.name} is larger than 20 MB; skipped.`);
      else read.push([file, await readFile(file)]);
    }
    // Replace an untouched start-up sample or an empty document rather than piling up behind it.
    const cur = currentDoc();
    if (read.length && state.docs.length === 1 && cur && (cur.origin === 'startup' || !cur.text)) state.docs = [];
    let first = -1;
    for (const [file, r] of read) {
      const doc = addDoc({
        name: file.name, origin: 'file', text: r.text || '', encoding: r.encoding || null, bytes: r.bytes,
        confidence: r.confidence, decodeNotes: r.decodeNotes || [],
      }, false);
      if (r.error) {
        doc.decodeError = r.error;
        messages.push(r.error);
      }
      if (first < 0) first = state.docs.length - 1;
    }
    showFileMessage(messages.join(' '));
    if (first >= 0) selectDoc(first);
    renderDocList();
  }

  function renderEncodingBar(doc) {
    const bar = $('encoding-bar');
    if (!doc || !doc.bytes || !state.info || !state.info.decode) {
      bar.hidden = true;
      return;
    }
    bar.hidden = false;
    let info = `${doc.name}: read as ${doc.encoding || 'unknown'}`;
    if (doc.encoding !== 'utf-8' && typeof doc.confidence === 'number' && doc.confidence < 1) {
      info += ` (detected, confidence ${doc.confidence.toFixed(2)})`;
    }
    for (const note of (doc.decodeNotes || []).slice(0, 3)) info += ` · ${note.message}`;
    $('encoding-info').textContent = `${info}.`;
    const select = $('encoding-select');
    if (!select.options.length) {
      for (const name of ['utf-8', 'cp949', 'euc-kr', 'utf-16le', 'utf-16be']) select.append(el('option', { value: name, text: name }));
    }
    select.value = doc.encoding || 'utf-8';
  }

  async function overrideEncoding(encoding) {
    const doc = currentDoc();
    if (!doc || !doc.bytes) return;
    try {
      const d = await state.engine.call({ type: 'decode', bytes: doc.bytes, encoding });
      doc.text = d.text;
      doc.encoding = d.encoding || encoding;
      doc.confidence = d.confidence;
      doc.decodeNotes = d.diagnostics || [];
      doc.decodeError = null;
      doc.version++;
      $('text-input').value = doc.text;
      showFileMessage('');
      renderCurrent();
      scheduleAnalysis(0);
    } catch (e) {
      showFileMessage(`${doc.name}: cannot be read as ${encoding} (${e.message}).`);
    }
  }

  function fillSamples() {
    const select = $('sample-select');
    for (const [i, s] of (self.geulSamples || []).entries()) {
      select.append(el('option', { value: String(i), text: `${s.label} — ${s.file}` }));
    }
    const stories = self.geulStories || [];
    if (stories.length) {
      const group = el('optgroup', { label: 'Stories (several articles, for the corpus view)' });
      for (const [i, s] of stories.entries()) {
        group.append(el('option', { value: `story:${i}`, text: `${s.label} — ${s.files.length} articles` }));
      }
      select.append(group);
      const button = $('load-story');
      button.hidden = false;
      button.textContent = `Sample story (${stories[0].files.length} articles)`;
      button.title = stories[0].label;
    }
  }

  // A bundled story: its articles become the documents, and the corpus view opens.
  function loadStory(i) {
    const story = (self.geulStories || [])[i];
    if (!story) return;
    const cur = currentDoc();
    if (state.docs.length === 1 && cur && (!cur.text || cur.origin === 'startup')) state.docs = [];
    const first = state.docs.length;
    for (const f of story.files) addDoc({ name: f.file, text: f.text, origin: 'sample' }, false);
    state.tab = 'corpus';
    selectDoc(first);
  }

  function loadSample(i, origin) {
    const s = self.geulSamples[i];
    if (!s) return;
    const cur = currentDoc();
    // An empty or untouched document is replaced; otherwise the sample is added.
    if (cur && (!cur.text || cur.origin === 'startup')) {
      Object.assign(cur, { name: s.file, text: s.text, origin, version: cur.version + 1, result: null, decodeError: null, bytes: null, encoding: null });
      selectDoc(state.current);
    } else {
      addDoc({ name: s.file, text: s.text, origin });
      selectDoc(state.docs.length - 1);
    }
  }

  // ───────────────────────────── Hangul tools ─────────────────────────────

  async function tool(name, ...args) {
    return state.engine.call({ type: 'tool', name, args });
  }

  async function refreshSearch() {
    const query = $('choseong-query').value.trim();
    const doc = currentDoc();
    const out = $('choseong-result');
    if (!state.engine) return;
    if (!query || !doc || !doc.result) {
      const had = state.search.query;
      state.search = { query: '', matches: [], key: '' };
      out.textContent = '';
      if (had) renderDocumentView(doc);
      return;
    }
    const text = state.view === 'normalized' ? doc.result.normalized.text : doc.text;
    const key = `${doc.id}|${doc.resultKey}|${state.view}|${query}`;
    if (key === state.search.key) return;
    state.search.key = key;
    const matches = await tool('choseongSearch', text, query);
    if (state.search.key !== key) return;
    state.search = { query, matches, key, view: state.view, docId: doc.id };
    const shown = matches.slice(0, 8).map((m) => m.text).join(', ');
    out.textContent = matches.length
      ? `${matches.length} match${matches.length > 1 ? 'es' : ''}: ${shown}${matches.length > 8 ? ', …' : ''}`
      : 'No match.';
    renderDocumentView(doc);
    if (matches.length) flash('[data-found="0"]');
  }

  async function runTool(outputId, fn) {
    try {
      const value = await fn();
      $(outputId).textContent = value === null || value === undefined ? '—' : String(value);
    } catch (e) {
      $(outputId).textContent = e.message;
    }
  }

  function refreshTools() {
    if (!state.engine) return;
    runTool('josa-result', () => tool('josa', $('josa-word').value, $('josa-pair').value));
    runTool('roman-result', () => tool('romanize', $('roman-input').value, $('roman-name').checked ? { name: true } : {}));
    runTool('qwerty-result', () => tool('qwertyToHangul', $('qwerty-input').value));
    runTool('hangul-keys-result', () => tool('hangulToQwerty', $('hangul-keys-input').value));
  }

  // ───────────────────────────── settings ─────────────────────────────

  function readSettings() {
    const form = $('settings');
    const s = {};
    for (const [key, def] of Object.entries(defaults)) {
      const input = form.elements[key];
      if (!input) continue;
      if (typeof def === 'boolean') s[key] = input.checked;
      else if (typeof def === 'number') {
        const n = Number.parseInt(input.value, 10);
        s[key] = Number.isFinite(n) && n >= 0 ? n : def;
      } else s[key] = input.value;
    }
    return s;
  }

  function writeSettings(s) {
    const form = $('settings');
    for (const [key, def] of Object.entries(defaults)) {
      const input = form.elements[key];
      if (!input) continue;
      if (typeof def === 'boolean') input.checked = s[key];
      else input.value = String(s[key]);
    }
  }

  function settingsChanged() {
    state.settings = readSettings();
    state.settingsVersion++;
    scheduleAnalysis(150);
  }

  // ───────────────────────────── export ─────────────────────────────

  // The CLI's JSON: the object API minus the JS indices it adds.
  function withoutJsFields(value) {
    if (Array.isArray(value)) return value.map(withoutJsFields);
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) if (!k.endsWith('Js')) out[k] = withoutJsFields(v);
      return out;
    }
    return value;
  }

  function exportObject(doc) {
    if (!doc || !doc.result) return null;
    return {
      name: doc.name,
      options: analysisOptions(),
      parse: withoutJsFields(doc.result.doc),
      summarize: doc.result.analysis ? withoutJsFields(doc.result.analysis) : null,
    };
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const baseName = (name) => name.replace(/\.[^.]*$/, '') || 'article';

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) {
      const ta = el('textarea', { class: 'visually-hidden' });
      ta.value = text;
      document.body.append(ta);
      ta.select();
      const ok = document.execCommand('copy');
      ta.remove();
      return ok;
    }
  }

  // ───────────────────────────── wiring ─────────────────────────────

  function wire() {
    const input = $('text-input');
    input.addEventListener('input', () => {
      let doc = currentDoc();
      if (!doc) doc = addDoc({ name: 'Pasted text' });
      doc.text = input.value;
      doc.version++;
      if (doc.origin === 'startup' || doc.origin === 'sample') {
        doc.origin = 'paste';
        doc.name = 'Pasted text';
      }
      doc.decodeError = null;
      doc.bytes = null;
      scheduleAnalysis(120);
      scheduleCorpus(600);
    });

    $('sample-select').addEventListener('change', (e) => {
      const v = e.target.value;
      if (v.startsWith('story:')) loadStory(Number(v.slice(6)));
      else if (v !== '') loadSample(Number(v), 'sample');
      e.target.value = '';
    });
    $('load-story').addEventListener('click', () => loadStory(0));

    // The side panel's tabs: click, or the arrow keys between them.
    const tabs = ['article', 'corpus'];
    for (const name of tabs) {
      const tab = $(`tab-${name}`);
      tab.addEventListener('click', () => setTab(name));
      tab.addEventListener('keydown', (e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const next = tabs[(tabs.indexOf(name) + 1) % tabs.length];
        setTab(next);
        $(`tab-${next}`).focus();
      });
    }
    $('corpus-sentences').addEventListener('change', (e) => {
      const n = Number.parseInt(e.target.value, 10);
      state.corpus.sentences = Number.isFinite(n) && n >= 1 ? Math.min(n, 20) : 5;
      e.target.value = String(state.corpus.sentences);
      scheduleCorpus(0);
    });
    $('corpus-download').addEventListener('click', () => {
      const r = state.corpus.result;
      if (!r) return;
      download('geul-corpus.json', `${JSON.stringify(withoutJsFields(r), null, 2)}\n`, 'application/json');
    });
    $('file-input').addEventListener('change', (e) => {
      addFiles(e.target.files);
      e.target.value = '';
    });
    $('open-files').addEventListener('click', () => $('file-input').click());
    $('new-doc').addEventListener('click', () => {
      addDoc({ name: `Document ${state.nextDocId}` });
      selectDoc(state.docs.length - 1);
      $('text-input').focus();
    });
    $('remove-doc').addEventListener('click', () => {
      if (state.current < 0) return;
      state.docs.splice(state.current, 1);
      if (!state.docs.length) addDoc({ name: 'Untitled' });
      selectDoc(Math.min(state.current, state.docs.length - 1));
    });

    // Drop anywhere on the page.
    let dragDepth = 0;
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    document.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      dragDepth++;
      document.body.classList.add('dragging');
    });
    document.addEventListener('dragleave', () => {
      dragDepth = Math.max(0, dragDepth - 1);
      if (!dragDepth) document.body.classList.remove('dragging');
    });
    document.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    document.addEventListener('drop', (e) => {
      if (!e.dataTransfer || !e.dataTransfer.files || !e.dataTransfer.files.length) return;
      e.preventDefault();
      dragDepth = 0;
      document.body.classList.remove('dragging');
      addFiles(e.dataTransfer.files);
    });

    for (const radio of document.querySelectorAll('input[name="view"]')) {
      radio.addEventListener('change', () => {
        state.view = radio.value;
        renderDocumentView(currentDoc());
        refreshSearch();
      });
    }
    for (const key of Object.keys(state.show)) {
      $(`show-${key}`).addEventListener('change', (e) => {
        state.show[key] = e.target.checked;
        renderDocumentView(currentDoc());
      });
    }

    $('choseong-query').addEventListener('input', () => refreshSearch());
    for (const id of ['josa-word', 'josa-pair', 'roman-input', 'roman-name', 'qwerty-input', 'hangul-keys-input']) {
      $(id).addEventListener('input', refreshTools);
      $(id).addEventListener('change', refreshTools);
    }

    $('settings').addEventListener('change', settingsChanged);
    $('settings').addEventListener('submit', (e) => e.preventDefault());
    $('reset-settings').addEventListener('click', () => {
      writeSettings(defaults);
      settingsChanged();
    });
    $('encoding-select').addEventListener('change', (e) => overrideEncoding(e.target.value));

    $('copy-json').addEventListener('click', async () => {
      const obj = exportObject(currentDoc());
      if (!obj) return;
      const ok = await copyText(JSON.stringify(obj, null, 2));
      $('export-message').textContent = ok ? 'Copied.' : 'Copying is not allowed here; use Download.';
    });
    $('download-json').addEventListener('click', () => {
      const doc = currentDoc();
      const obj = exportObject(doc);
      if (!obj) return;
      download(`${baseName(doc.name)}.geul.json`, `${JSON.stringify(obj, null, 2)}\n`, 'application/json');
      $('export-message').textContent = 'Downloaded.';
    });
    $('download-all').addEventListener('click', async () => {
      // Analyze whatever is still pending first.
      for (let i = 0; i < 200 && state.docs.some(needsAnalysis); i++) {
        await pump();
        await new Promise((r) => setTimeout(r, 20));
      }
      const lines = state.docs.map(exportObject).filter(Boolean).map((o) => JSON.stringify(o));
      download('geul-documents.jsonl', `${lines.join('\n')}\n`, 'application/x-ndjson');
      $('export-message').textContent = `Downloaded ${lines.length} documents.`;
    });
  }

  // ───────────────────────────── start ─────────────────────────────

  async function start() {
    window.geulExplorerTimings = {};
    fillSamples();
    wire();
    writeSettings(defaults);
    const samples = self.geulSamples || [];
    if (samples.length) {
      addDoc({ name: samples[0].file, text: samples[0].text, origin: 'startup' });
      $('text-input').value = samples[0].text;
    } else {
      addDoc({ name: 'Untitled' });
    }
    renderDocList();
    renderCurrent();
    try {
      const { channel, info } = await startEngine();
      state.engine = channel;
      state.info = info;
      performance.mark('geul:engine-ready');
      window.geulExplorerTimings.ready = performance.getEntriesByName('geul:engine-ready')[0].startTime;
      window.geulExplorerTimings.engine = channel.kind;
      $('version').textContent = info.version;
      $('engine-info').textContent = `runs in a ${channel.kind}${channel.kind === 'main thread' ? ' (no worker available here)' : ''}; WebAssembly ready in ${info.initMs.toFixed(0)} ms`;
      $('status').textContent = 'Ready. Paste an article, drop .txt files, or pick a sample.';
      document.body.dataset.engine = channel.kind;
      refreshTools();
      scheduleAnalysis(0);
    } catch (e) {
      $('status').textContent = `The WebAssembly module could not start: ${e.message}`;
      $('status').classList.add('error');
    }
  }

  start();
})();
