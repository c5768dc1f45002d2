// Shared by the browser tests: where the page and the tools are, a tiny static
// server on 127.0.0.1, Debian's chromium through playwright-core, and a watch on
// every page for console errors and for requests that leave the page's own files.
// CTest passes GEUL_WEB_DIR, GEUL_BROWSER_DEPS, GEUL_SCREENSHOT_DIR; the defaults fit build/.
// Not a test file itself (node --test only runs *.test.mjs).
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = process.env.GEUL_WEB_DIR || path.join(repo, 'build', 'web');
export const depsDir = process.env.GEUL_BROWSER_DEPS || path.join(repo, 'build', 'browser-deps');
export const screenshotDir = process.env.GEUL_SCREENSHOT_DIR || path.join(repo, 'build', 'screenshots');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const samplesDir = path.join(repo, 'web', 'samples');
export const dataDir = process.env.GEUL_TEST_DATA_DIR || path.join(repo, 'tests', 'data');

function need(file, what) {
  if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}`);
  return file;
}

export function playwright() {
  need(path.join(depsDir, 'node_modules', 'playwright-core', 'package.json'),
    'playwright-core (the CTest fixture browser_deps installs it: ctest -R browser)');
  return createRequire(path.resolve(depsDir, 'package.json'))('playwright-core');
}

export async function launch() {
  need(chromiumPath, 'Chromium (install it with `tools/install-deps.sh browser`)');
  need(path.join(webDir, 'index.html'), 'the explorer page (build it: cmake --build build --target geul_web)');
  const { chromium } = playwright();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

// Serves webDir on 127.0.0.1 (a free port), like `python3 -m http.server` would.
export function serve() {
  const root = path.resolve(webDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.resolve(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const fileUrl = () => pathToFileURL(path.join(webDir, 'index.html')).href;

// A page that records console errors, page errors, failed requests, and every
// request that is not one of the page's own files (`allowed(url)`).
export async function openPage(context, allowed) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure() && r.failure().errorText})`));
  page.on('request', (r) => {
    if (!allowed(r.url())) problems.push(`request outside the page's files: ${r.url()}`);
  });
  // Workers' console goes to the same list.
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error') problems.push(`worker console error: ${m.text()}`);
  }));
  return { page, problems };
}

// Waits until the page has shown the result for the current document.
export async function waitForResult(page, timeout = 30000) {
  await page.waitForFunction(() => window.geulExplorerTimings && window.geulExplorerTimings.firstResult !== undefined,
    null, { timeout });
}

export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file, ...options });
  return file;
}
