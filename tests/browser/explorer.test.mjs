// The explorer page (build/web) in headless Chromium, as a person uses it:
// over http from 127.0.0.1 and from file://, pasting a team-written article,
// dropping files, switching documents, the normalized view, the Hangul tools,
// settings, JSON export, a phone-width window and the keyboard. Every page must
// finish without console errors and without requests beyond its own files.
// Screenshots go to build/screenshots/ (GEUL_SCREENSHOT_DIR) for people to look at;
// the time from page load to first result is printed (and written there).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { cli, createInstance } from '../wasm/_geul.mjs';
import { fileUrl, launch, openPage, samplesDir, screenshot, screenshotDir, serve, waitForResult, webDir } from './_browser.mjs';

const g = await createInstance();  // the same engine in Node: the expected values
const sample = (name) => fs.readFileSync(path.join(samplesDir, name), 'utf8');
// The article the team wrote for these tests (web/samples/README.md).
const article = sample('sample-daily-hanja-tourism.txt');
const expected = { doc: g.parse(article), analysis: g.summarize(article) };

let browser;
let server;
const timings = {};
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (Object.keys(timings).length) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const lines = Object.entries(timings).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(0) : v}`);
    fs.writeFileSync(path.join(screenshotDir, 'first-result.txt'), `${lines.join('\n')}\n`);
    for (const l of lines) console.log(l);
  }
});

const ownFile = (url) => url.startsWith('blob:') || url.startsWith('data:') ||
  (url.startsWith('file:') && path.resolve(fileURLToPath(url)).startsWith(path.resolve(webDir)));
const ownHttp = (url) => url.startsWith(`${server.origin}/`) || url.startsWith('blob:') || url.startsWith('data:');

async function httpPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const { page, problems } = await openPage(context, ownHttp);
  await page.goto(`${server.origin}/index.html`);
  await waitForResult(page);
  return { context, page, problems };
}

async function paste(page, text) {
  await page.click('#text-input');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent);
const waitForTitle = (page, title) =>
  page.waitForFunction((t) => document.querySelector('.meta-title') && document.querySelector('.meta-title').textContent === t, title);

async function recordTimings(page, label) {
  const t = await page.evaluate(() => window.geulExplorerTimings);
  assert.ok(t.firstResult > 0, 'the page marked its first result');
  timings[`browser.${label}.engine`] = t.engine;
  timings[`browser.${label}.engine_ready_ms`] = t.ready;
  timings[`browser.${label}.first_result_ms`] = t.firstResult;
  return t;
}

test('over http: the pasted article gets its metadata, greyed boilerplate, summary and quotes', async () => {
  const { context, page, problems } = await httpPage();
  const t = await recordTimings(page, 'http');
  assert.equal(t.engine, 'worker');
  // The page opens with the first sample already analyzed.
  assert.equal(await textOf(page, '.meta-title'), g.parse(sample('sample-article.txt')).title);

  await paste(page, article);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');
  assert.equal(await textOf(page, '.meta-outlet'), '서울신문');
  assert.equal(await textOf(page, '.meta-reporters'), '한결 <gyeol@seoul.example>');

  // Blocks: one per parsed block, in order, the boilerplate ones greyed with their reason.
  const blocks = await page.$$eval('#document-view .block', (els) => els.map((e) => ({
    role: e.dataset.role, reason: e.dataset.reason || null, title: e.getAttribute('title'),
    text: e.querySelector('.block-text').textContent, color: getComputedStyle(e.querySelector('.block-text')).color,
  })));
  assert.deepEqual(blocks.map((b) => b.role), expected.doc.blocks.map((b) => b.role));
  assert.deepEqual(blocks.map((b) => b.reason), expected.doc.blocks.map((b) => b.reason));
  const boiler = blocks.filter((b) => b.role === 'boilerplate');
  assert.deepEqual(boiler.map((b) => b.reason),
    ['other', 'navigation', 'navigation', 'navigation', 'widget', 'promo', 'copyright', 'widget', 'widget', 'widget']);
  for (const b of boiler) {
    assert.match(b.title, /^Boilerplate — /, b.text);
    assert.equal(b.color, 'rgb(154, 154, 159)', `greyed: ${b.text}`);
  }
  assert.ok(boiler.some((b) => b.reason === 'copyright' && b.text === 'ⓒ 서울신문 무단전재 및 재배포금지'));
  const body = blocks.filter((b) => b.role === 'body');
  assert.equal(body.length, 6);
  assert.notEqual(body[0].color, 'rgb(154, 154, 159)');
  // The original view shows the input as given (中 and ％ are still there).
  assert.equal(blocks.find((b) => b.role === 'title').text, '中 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');

  // Summary: highlighted in place (exactly the input text of each sentence) and listed with scores.
  assert.equal(expected.analysis.summary.length, 3);
  for (const [i, s] of expected.analysis.summary.entries()) {
    const marked = await page.$$eval(`#document-view [data-summary="${i}"]`, (els) => ({
      text: els.map((e) => e.textContent).join(''), background: els.length ? getComputedStyle(els[0]).backgroundColor : '',
    }));
    assert.equal(marked.text, article.slice(s.startJs, s.endJs), `summary sentence ${i}`);
    assert.equal(marked.background, 'rgb(255, 240, 168)');
  }
  const listed = await page.$$eval('#summary-list li', (els) => els.map((e) => ({
    text: e.querySelector('button').textContent, score: e.querySelector('.score').textContent,
  })));
  assert.deepEqual(listed, expected.analysis.summary.map((s) => ({ text: s.text, score: `score ${s.score.toFixed(3)}` })));
  assert.ok(listed[0].text.startsWith('중국 단체관광객이 다시 늘면서'));

  await screenshot(page, 'explorer-article.png');
  await screenshot(page, 'explorer-article-full.png', { fullPage: true });

  // Quotes: a table row per quote (speaker, quote, verb); the article quotes 봉하율씨,
  // an unnamed duty-free official and 류시온 교수.
  const rows = await page.$$eval('#quotes-table tbody tr', (els) => els.map((e) => Array.from(e.cells, (c) => c.textContent)));
  const quotes = expected.analysis.quotes;
  assert.ok(quotes.length >= 3, `the engine finds the article's quotes (found ${quotes.length})`);
  assert.deepEqual(rows, quotes.map((q) => [q.speaker || (q.unresolved ? `(unresolved: ${q.unresolved})` : '—'), q.text, q.verb || '—']));
  assert.ok(rows.some((r) => r[0].includes('봉하율') && r[2] === '말했다'), JSON.stringify(rows));
  assert.ok(rows.some((r) => r[1].startsWith('한식·공연·지역 축제처럼') && r[2] === '강조했다'), JSON.stringify(rows));
  // Choosing a quote scrolls the document to it and flashes it.
  const last = quotes.length - 1;
  await page.click(`#quotes-table tbody tr:nth-child(${last + 1}) button`);
  await page.waitForFunction((i) => {
    const e = document.querySelector(`#document-view [data-quote="${i}"]`);
    if (!e || !e.classList.contains('flash')) return false;
    const v = document.getElementById('document-view').getBoundingClientRect();
    const r = e.getBoundingClientRect();
    return r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
  }, last);
  const quoted = await page.$$eval(`#document-view [data-quote="${last}"]`, (els) => els.map((e) => e.textContent).join(''));
  assert.equal(quoted, article.slice(quotes[last].startJs, quotes[last].endJs));
  await screenshot(page, 'explorer-quote-scrolled.png');

  // Export: the JSON is the CLI's (the engine's JSON without the JS indices).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(download.suggestedFilename(), 'Pasted text.geul.json');
  assert.deepEqual(exported.parse, JSON.parse(g.rawJson('parse', article)));
  assert.deepEqual(exported.summarize, JSON.parse(g.rawJson('summarize', article)));

  assert.deepEqual(problems, []);
  await context.close();
});

test('over http: normalized view, sentence boundaries, Hangul tools and settings', async () => {
  const { context, page, problems } = await httpPage();
  await paste(page, article);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');

  // Normalized: the block texts are the parser's, and the changes are marked with their rule.
  await page.check('input[name="view"][value="normalized"]');
  await page.waitForFunction(() => document.querySelector('#document-view .role-title .block-text').textContent.startsWith('중국'));
  const texts = await page.$$eval('#document-view .block-text', (els) => els.map((e) => e.textContent));
  assert.deepEqual(texts, expected.doc.blocks.map((b) => b.text));
  const changes = await page.$$eval('#document-view .mark-change', (els) => els.map((e) => [e.textContent, e.getAttribute('title')]));
  assert.ok(changes.some(([text, title]) => text === '중국' && /hanja abbreviation/.test(title)), JSON.stringify(changes));
  assert.ok(changes.some(([text, title]) => text === '%' && /fullwidth/.test(title)), JSON.stringify(changes));
  // The summary is highlighted in the normalized text too.
  const normSummary = await page.$$eval('#document-view [data-summary="0"]', (els) => els.map((e) => e.textContent).join(''));
  assert.equal(normSummary, expected.analysis.summary[0].text);

  await page.check('#show-sentences');
  const normalizedText = g.normalize(article, { profile: 'news' }).text;
  const sentenceIds = await page.$$eval('#document-view [data-sentence]', (els) => new Set(els.map((e) => e.dataset.sentence)).size);
  assert.equal(sentenceIds, g.splitSentences(normalizedText).length);
  assert.ok(await page.$('#document-view .sentence-start'));
  await screenshot(page, 'explorer-normalized-sentences.png');

  // Hangul tools answer as you type.
  await page.fill('#choseong-query', 'ㅁㄷ');
  await page.waitForFunction(() => /match/.test(document.getElementById('choseong-result').textContent));
  const found = await page.$$eval('#document-view .mark-found', (els) => new Set(els.map((e) => e.dataset.found)).size);
  assert.equal(found, g.choseongSearch(normalizedText, 'ㅁㄷ').length);
  assert.ok(found >= 4);
  await page.fill('#josa-word', '서울신문');
  await page.selectOption('#josa-pair', '은/는');
  await page.waitForFunction(() => document.getElementById('josa-result').textContent === '서울신문은');
  await page.fill('#roman-input', '명동');
  await page.waitForFunction(() => document.getElementById('roman-result').textContent === 'myeongdong');
  await page.fill('#qwerty-input', 'audehd');
  await page.waitForFunction(() => document.getElementById('qwerty-result').textContent === '명동');
  await page.fill('#hangul-keys-input', '명동');
  await page.waitForFunction(() => document.getElementById('hangul-keys-result').textContent === 'audehd');

  // Settings: one summary sentence; Hanja abbreviations off keeps 中 in the normalized title.
  await page.fill('input[name="sentences"]', '1');
  await page.dispatchEvent('input[name="sentences"]', 'change');
  await page.waitForFunction(() => document.querySelectorAll('#summary-list li').length === 1);
  await page.uncheck('input[name="hanjaAbbreviations"]');
  await page.waitForFunction(() => document.querySelector('.meta-title').textContent.startsWith('中 '));
  await screenshot(page, 'explorer-tools-settings.png', { fullPage: true });

  assert.deepEqual(problems, []);
  await context.close();
});

test('dropping two files lists both and switches between them; a non-UTF-8 file is explained', async () => {
  const { context, page, problems } = await httpPage();
  const files = [
    { name: 'robotics.txt', text: sample('sample-it-news-robotics.txt') },
    { name: 'heatwave.txt', text: sample('sample-tv-transcript-heatwave.txt') },
  ];
  const titles = files.map((f) => g.parse(f.text).title);
  assert.ok(titles[0] && titles[1] && titles[0] !== titles[1]);
  const drop = async (list) => {
    const transfer = await page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const f of items) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
      return dt;
    }, list.map((f) => ({ name: f.name, bytes: Array.from(f.bytes || Buffer.from(f.text, 'utf8')) })));
    await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
  };
  await drop(files);
  await waitForTitle(page, titles[0]);
  // The untouched start-up sample made way: exactly the two dropped documents.
  await page.waitForFunction(() => document.querySelectorAll('#doc-list .doc-item').length === 2);
  await page.waitForFunction((t) => Array.from(document.querySelectorAll('#doc-list .doc-title'), (e) => e.textContent).join('|') === t,
    titles.join('|'));
  assert.equal(await page.$eval('#doc-list-section', (e) => e.hidden), false);
  await page.click('#doc-list li:nth-child(2) .doc-item');
  await waitForTitle(page, titles[1]);
  assert.equal(await page.$eval('#doc-list li:nth-child(2) .doc-item', (e) => e.getAttribute('aria-current')), 'true');
  assert.equal(await page.inputValue('#text-input'), files[1].text);
  await screenshot(page, 'explorer-two-documents.png');
  await page.click('#doc-list li:nth-child(1) .doc-item');
  await waitForTitle(page, titles[0]);

  // "한글 기사" in EUC-KR, not UTF-8: geul's decoder detects it, the page says so and
  // lets the reader override the encoding.
  const eucKr = [0xC7, 0xD1, 0xB1, 0xDB, 0x20, 0xB1, 0xE2, 0xBB, 0xE7, 0x0A];
  const legacy = { name: 'legacy.txt', bytes: Buffer.from([...eucKr, ...eucKr, ...eucKr]) };
  await drop([legacy]);
  await page.waitForFunction(() => document.querySelectorAll('#doc-list .doc-item').length === 3);
  await page.waitForFunction(() => /^legacy\.txt: read as (cp949|euc-kr)/.test(document.getElementById('encoding-info').textContent));
  assert.equal(await page.inputValue('#text-input'), '한글 기사\n'.repeat(3));
  assert.equal(await page.$eval('#encoding-bar', (e) => e.hidden), false);
  await page.selectOption('#encoding-select', 'utf-16le');
  await page.waitForFunction(() => /^legacy\.txt: read as utf-16le/.test(document.getElementById('encoding-info').textContent));
  assert.notEqual(await page.inputValue('#text-input'), '한글 기사\n'.repeat(3));
  await page.selectOption('#encoding-select', 'cp949');
  await page.waitForFunction(() => document.getElementById('text-input').value === '한글 기사\n'.repeat(3));
  await screenshot(page, 'explorer-legacy-encoding.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('from file:// (no server): a Blob worker runs the single-file build', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openPage(context, ownFile);
  await page.goto(fileUrl());
  await waitForResult(page);
  const t = await recordTimings(page, 'file');
  assert.equal(t.engine, 'worker (blob)');
  assert.equal(await textOf(page, '.meta-title'), g.parse(sample('sample-article.txt')).title);
  await paste(page, article);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');
  assert.equal(await page.$$eval('#summary-list li', (els) => els.length), 3);
  // A sample from the list (inlined in samples.js: file:// cannot fetch).
  await page.selectOption('#sample-select', { index: 3 });
  await page.waitForFunction(() => document.querySelectorAll('#doc-list .doc-item').length === 2);
  await screenshot(page, 'explorer-file-url.png');
  // The corpus view works from disk too: the sample story (inlined) joins the two documents.
  await page.click('#load-story');
  await page.waitForFunction(() => /^5 documents · [2-5] stories · /.test(document.getElementById('corpus-status').textContent));
  assert.ok(await page.$$eval('#corpus-stories .story', (els) => els.length) >= 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without Worker support the page runs the engine on the main thread', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { delete window.Worker; });
  const { page, problems } = await openPage(context, ownHttp);
  await page.goto(`${server.origin}/index.html`);
  await waitForResult(page);
  const t = await page.evaluate(() => window.geulExplorerTimings);
  assert.equal(t.engine, 'main thread');
  assert.match(await textOf(page, '#engine-info'), /main thread/);
  await paste(page, article);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');
  assert.equal(await page.$$eval('#summary-list li', (els) => els.length), 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone width: one column, nothing wider than the window', async () => {
  const { context, page, problems } = await httpPage({ width: 390, height: 844 });
  await paste(page, article);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, window: window.innerWidth }));
  assert.ok(widths.doc <= widths.window, JSON.stringify(widths));
  const columns = await page.$eval('.results', (e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
  assert.equal(columns, 1);
  await screenshot(page, 'explorer-narrow.png');
  await screenshot(page, 'explorer-narrow-full.png', { fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard: files, samples, summary and quotes are reachable without a mouse', async () => {
  const { context, page, problems } = await httpPage();
  // The first Tab reaches the skip link; the file picker opens with Enter.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  // Listening first turns on Playwright's file-chooser interception (asynchronously;
  // the evaluate round trip makes sure it is on before the key press).
  const chooserOpened = new Promise((resolve) => page.once('filechooser', resolve));
  await page.evaluate(() => 0);
  await page.focus('#open-files');
  await page.keyboard.press('Enter');
  const chooser = await chooserOpened;
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([path.join(samplesDir, 'sample-daily-hanja-tourism.txt'), path.join(samplesDir, 'sample-portal-page-housing.txt')]);
  await waitForTitle(page, '중국 단체관광객 돌아오자 명동 \'활짝\'…면세점은 "아직 글쎄"');
  await page.waitForFunction(() => document.querySelectorAll('#doc-list .doc-item').length === 2);
  // Summary and quote entries are buttons: Enter scrolls to the text.
  await page.focus('#summary-list li:nth-child(3) button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const e = document.querySelector('#document-view [data-summary="2"]');
    return e && e.classList.contains('flash');
  });
  // Every control can be focused: buttons, inputs and selects are native elements.
  const unfocusable = await page.$$eval('button, input, select, textarea, [role="button"]', (els) =>
    els.filter((e) => !e.closest('[hidden]') && !e.classList.contains('visually-hidden') && e.tabIndex < 0).map((e) => e.id || e.outerHTML.slice(0, 60)));
  assert.deepEqual(unfocusable, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corpus view: the sample story\'s stories, name variants highlighted per document, source badges open the document', async () => {
  // The story the team wrote (web/samples/story-sea-drone), analysed by the same engine in Node.
  const storyDir = path.join(samplesDir, 'story-sea-drone');
  const files = fs.readdirSync(storyDir).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(files.length, 3);
  const docs = files.map((file) => ({ name: file, text: fs.readFileSync(path.join(storyDir, file), 'utf8') }));
  const corpus = g.analyzeCorpus(docs);
  assert.deepEqual(corpus.stories.map((s) => s.documents), [[0, 1, 2]], 'the three reports are one story');
  const k = corpus.variants.findIndex((v) => v.canonical === 'Arto Heikkinen');
  assert.ok(k >= 0, JSON.stringify(corpus.variants.map((v) => v.canonical)));
  const group = corpus.variants[k];
  for (const form of ['헤이키넨', '헤이끼넨', '하이키넨']) assert.ok(group.forms.includes(form), `${form} in ${group.forms}`);
  const mentionsIn = (d) => Object.fromEntries(group.mentions.map((m, j) => [m, j]).filter(([m]) => m.document === d)
    .map(([m, j]) => [String(j), docs[d].text.slice(m.startJs, m.endJs)]));

  const { context, page, problems } = await httpPage();
  // No tabs with one document; one click loads the story and opens the corpus view.
  assert.equal(await page.$eval('#side-tabs', (e) => e.hidden), true);
  await page.click('#load-story');
  await page.waitForFunction(() => document.querySelectorAll('#corpus-stories .story').length > 0);
  assert.equal(await page.$eval('#tab-corpus', (e) => e.getAttribute('aria-selected')), 'true');
  assert.equal(await page.$eval('#article-panel', (e) => e.hidden), true);
  assert.equal(await page.$$eval('#doc-list .doc-item', (els) => els.length), 3);
  assert.match(await textOf(page, '#corpus-status'), /^3 documents · 1 story · /);

  // Stories: one, with its three documents (titles as the engine reads them).
  const stories = await page.$$eval('#corpus-stories .story', (els) => els.map((e) =>
    Array.from(e.querySelectorAll('.story-doc > span'), (x) => x.textContent)));
  assert.equal(stories.length, corpus.stories.length);
  assert.deepEqual(stories[0], corpus.documents.map((d) => d.title));
  // The merged summary, one source badge per sentence (plus one per other document saying it).
  const summary = await page.$$eval('#corpus-stories .story-summary li', (els) => els.map((e) => ({
    text: e.querySelector('.sentence').textContent, source: e.querySelector('.badge.source').dataset.corpusDoc,
    also: Array.from(e.querySelectorAll('.badge.also'), (b) => b.dataset.corpusDoc),
  })));
  assert.deepEqual(summary, corpus.stories[0].summary.map((s) => ({ text: s.text, source: String(s.document), also: s.also.map(String) })));
  // The timeline, by date.
  const timeline = await page.$$eval('#corpus-stories .timeline li', (els) => els.map((e) => e.querySelector('time').textContent));
  assert.deepEqual(timeline, corpus.stories[0].timeline.map((t) => t.date));
  assert.ok(timeline.length >= 3);

  // A variant group: every mention in the open document is highlighted, with its own spelling.
  assert.equal(await page.$eval('#doc-list li:nth-child(1) .doc-item', (e) => e.getAttribute('aria-current')), 'true');
  await page.click(`#corpus-variants .group[data-group="${k}"]`);
  assert.equal(await page.$eval(`#corpus-variants .group[data-group="${k}"]`, (e) => e.getAttribute('aria-pressed')), 'true');
  const highlighted = () => page.$$eval('#document-view .mark-variant', (els) => {
    const byMention = {};
    for (const e of els) byMention[e.dataset.mention] = (byMention[e.dataset.mention] || '') + e.textContent;
    return byMention;
  });
  await page.waitForSelector('#document-view .mark-variant');
  assert.deepEqual(await highlighted(), mentionsIn(0));
  assert.deepEqual(Object.values(mentionsIn(0)).sort(), ['Arto Heikkinen', '아르토 헤이키넨', '헤이키넨']);
  assert.match(await textOf(page, '#variant-info'), new RegExp(`^Arto Heikkinen: ${group.mentions.length} mentions highlighted`));
  // Another document (from the story's list) shows its own spellings highlighted.
  await page.click('#corpus-stories .story-doc[data-corpus-doc="1"]');
  await waitForTitle(page, corpus.documents[1].title);
  await page.waitForFunction(() => document.querySelector('#document-view .mark-variant'));
  assert.deepEqual(await highlighted(), mentionsIn(1));
  assert.deepEqual(Object.values(mentionsIn(1)).sort(), ['아르토 헤이끼넨', '헤이끼넨']);
  await screenshot(page, 'explorer-corpus-variants.png');

  // A source badge opens its document, scrolled to the sentence, which is marked.
  const i = corpus.stories[0].summary.findIndex((s) => s.document === 2);
  assert.ok(i >= 0);
  const s = corpus.stories[0].summary[i];
  await page.click(`#corpus-stories .story-summary li[data-summary-item="${i}"] .badge.source`);
  await waitForTitle(page, corpus.documents[2].title);
  assert.equal(await page.$eval('#doc-list li:nth-child(3) .doc-item', (e) => e.getAttribute('aria-current')), 'true');
  assert.equal(await page.inputValue('#text-input'), docs[2].text);
  await page.waitForFunction(() => {
    const e = document.querySelector('#document-view [data-source="0"]');
    if (!e || !e.classList.contains('flash')) return false;
    const v = document.getElementById('document-view').getBoundingClientRect();
    const r = e.getBoundingClientRect();
    return r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
  });
  const marked = await page.$$eval('#document-view [data-source="0"]', (els) => els.map((e) => e.textContent).join(''));
  assert.equal(marked, docs[2].text.slice(s.startJs, s.endJs));
  // The variant group stays chosen: this document's spellings are highlighted too.
  assert.deepEqual(await highlighted(), mentionsIn(2));
  await screenshot(page, 'explorer-corpus.png');

  // Keyboard: the groups are buttons (Enter toggles), the tabs follow the arrow keys.
  await page.focus(`#corpus-variants .group[data-group="${k}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#document-view .mark-variant'));
  await page.focus('#tab-corpus');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.$eval('#tab-article', (e) => e.getAttribute('aria-selected')), 'true');
  assert.equal(await page.$eval('#corpus-panel', (e) => e.hidden), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-article');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.$eval('#corpus-panel', (e) => e.hidden), false);

  // The downloaded JSON is `geul corpus --json` on the same files, byte for byte once parsed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-download')]);
  const native = execFileSync(path.resolve(cli()), ['corpus', '--json', ...files], { cwd: storyDir, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
  assert.deepEqual(JSON.parse(fs.readFileSync(await download.path(), 'utf8')), JSON.parse(native));

  // Phone width: the corpus view fits.
  await page.setViewportSize({ width: 390, height: 844 });
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, window: window.innerWidth }));
  assert.ok(widths.doc <= widths.window, JSON.stringify(widths));
  await screenshot(page, 'explorer-corpus-narrow-full.png', { fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the assembled page is source files plus the build outputs, nothing else', () => {
  const names = fs.readdirSync(webDir).filter((f) => !f.startsWith('.')).sort();
  assert.deepEqual(names, ['app.js', 'geul.single.js', 'index.html', 'samples', 'samples.js', 'style.css', 'worker-bundle.js', 'worker.js']);
  // The page loads nothing from elsewhere: no absolute URLs in its HTML, scripts or styles.
  for (const f of ['index.html', 'app.js', 'worker.js', 'style.css']) {
    const text = fs.readFileSync(path.join(webDir, f), 'utf8');
    assert.doesNotMatch(text, /(src|href)\s*=\s*["']?(https?:)?\/\//i, f);
    assert.doesNotMatch(text, /@import|url\(\s*["']?https?:/i, f);
  }
});
