// Prints how long the library takes to show its first page with 10,000 notes stored
// (jsdom + fake-indexeddb, so it measures our code and Dexie, not a browser's IndexedDB),
// and how long a search and a filter take. Prints, never asserts.
//   npx tsx bench/library-first-render.tsx [count]
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { createDb, createRepository } from '../src/storage';
import { sampleNotes } from '../src/entries/library/sample-notes.testing';

const count = Number(process.argv[2] ?? 10_000);
const dom = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>', { pretendToBeVisual: true, url: 'https://library.test/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Node: dom.window.Node, HTMLElement: dom.window.HTMLElement, Event: dom.window.Event });

const { render } = await import('preact');
const { Library } = await import('../src/entries/library/Library');

const repo = createRepository(createDb(`bench-${Date.now()}`, { indexedDB, IDBKeyRange }));
let t = performance.now();
await repo.importMany(sampleNotes(count));
console.log(`seeded ${count.toLocaleString('en')} notes in ${(performance.now() - t).toFixed(0)} ms`);

const app = document.getElementById('app')!;
t = performance.now();
await new Promise<void>((done) => render(<Library repo={repo} onFirstRender={done} />, app));
const firstRender = performance.now() - t;
await new Promise((r) => setTimeout(r, 0));
console.log(`first render: ${firstRender.toFixed(1)} ms — ${app.querySelectorAll('li.item').length} notes on screen, "${app.querySelector('.bulk-range')?.textContent}"`);

for (const query of [{ text: 'insiders' }, { text: '38 bil' }, { site: 'arstechnica.com' }, { label: 'disputed' as const, tag: 'cloud' }]) {
  t = performance.now();
  const r = await repo.list({ ...query, offset: 0, limit: 50 });
  console.log(`query ${JSON.stringify(query)}: ${r.total.toLocaleString('en')} matches in ${(performance.now() - t).toFixed(1)} ms`);
}
t = performance.now();
const all = await repo.list({});
console.log(`all ${all.total.toLocaleString('en')} (for export) in ${(performance.now() - t).toFixed(1)} ms`);
process.exit(0);
