// The single-file build (geul.single.js): a classic script with the wasm
// inlined, for the explorer page opened from file:// and for importScripts().
// It runs here in a bare VM context, as a browser would run a <script>: no
// module loader, no fetch, no wasmBinary.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import vm from 'node:vm';

import { createInstance, loadModule, wasmDir } from './_geul.mjs';

const source = fs.readFileSync(path.join(wasmDir, 'geul.single.js'), 'utf8');

function loadClassic() {
  const context = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, atob, console, setTimeout, URL });
  vm.runInContext(source, context, { filename: 'geul.single.js' });
  return context.geul;
}

test('it is one file: no .wasm file is requested, and no module syntax', async () => {
  assert.ok(source.includes('data:application/octet-stream;base64,'), 'the wasm is inlined');
  assert.ok(!/^\s*(import|export)\s/m.test(source), 'a classic script');
  const geul = loadClassic();
  const a = await geul.init();  // no wasmBinary, no locateFile
  assert.equal(typeof a.normalize, 'function');
});

test('it exposes the same API as the ES module and gives the same answers', async () => {
  const classic = loadClassic();
  const mod = await loadModule();
  assert.deepEqual(Object.keys(classic).sort(), Object.keys(mod.default).sort());
  const c = await classic.createGeul();
  const e = await createInstance();
  const input = '“韓 반도체” 수출 ４０％ 증가… 😀 다음 달도 늘었다 그리고 전망은 밝다';
  const options = { profile: 'news', changes: true };
  assert.equal(c.rawJson('normalize', input, options), e.rawJson('normalize', input, options));
  assert.equal(JSON.stringify(c.splitSentences(input)), JSON.stringify(e.splitSentences(input)));
  assert.equal(c.romanize('독립문'), e.romanize('독립문'));
  assert.equal(c.romanize('독립문'), 'dongnimmun');
  // The top-level functions work after init(), as the page will call them.
  await classic.init();
  assert.equal(classic.hangulToQwerty('글'), 'rmf');
});
