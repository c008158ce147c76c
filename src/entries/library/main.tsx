// Library page entry (the extension's options page, opened in a tab): opens the database in
// the extension's origin and mounts the library, keeping its filters in the address. Changes
// made here are told to the open tabs, so a page shows an edited note without a reload.
import { render } from 'preact';
import { createDb, createRepository, DB_NAME } from '../../storage';
import { indexingNotedPages } from '../../storage/noted-pages';
import { storage } from '../../platform/browser';
import { fromHash, toHash } from './filters';
import { Library } from './Library';
import { tellingTabs } from './tell-tabs';
import { tellOpenTabs } from './tell-tabs-browser';
import './library.css';

const scriptStart = performance.now();
// the noted-pages index (storage/noted-pages) is updated before the tabs are told
const db = createDb(DB_NAME, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
const repo = tellingTabs(indexingNotedPages(createRepository(db), storage), tellOpenTabs);

render(
  <Library
    repo={repo}
    initialFilters={fromHash(location.hash)}
    onFilters={(f) => history.replaceState(null, '', toHash(f) || location.pathname + location.search)}
    onFirstRender={() => {
      const ms = performance.now(); // since the page started loading
      document.documentElement.dataset.firstRenderMs = ms.toFixed(1);
      document.documentElement.dataset.firstRenderFromScriptMs = (ms - scriptStart).toFixed(1);
      console.debug(`[claimlight] library first render ${ms.toFixed(1)} ms after navigation, ${(ms - scriptStart).toFixed(1)} ms after its script started`);
    }}
  />,
  document.getElementById('app')!,
);
