// The popup: header (site, title, "Highlights on this site"), summary row of counts that
// double as filters, the list of facts, the state messages, and a footer with shortcuts.
import { useState } from 'preact/hooks';
import { runtime } from '../../platform/browser';
import { highlightsOnFor } from '../../platform/settings';
import { Switch } from '../../ui/Switch';
import { STEP_KEYS } from '../content/keys';
import { AnnotationsSlot, hasAnnotations } from './annotations-slot';
import { FactList } from './FactList';
import { counts, isEmpty, nextFilter, rowsFor, type Filter } from './rows';
import { Summary } from './Summary';
import { usePage } from './use-page';

function Message({ title, children }: { title: string; children?: preact.ComponentChildren }) {
  return (
    <div class="message" role="status">
      <p class="message-title">{title}</p>
      {children}
    </div>
  );
}

export function App() {
  const { tabId, view, settings, busy, analyzeAnyway, reveal, setSite, setGlobal } = usePage();
  const [filter, setFilter] = useState<Filter>('all');
  const [notes, setNotes] = useState<number | null>(hasAnnotations ? 0 : null);

  const state = view.kind === 'page' ? view.state : null;
  const site = state?.page.site ?? '';
  const facts = state?.facts ?? null;

  let body;
  if (view.kind === 'loading') body = <Message title="Reading this page…" />;
  else if (view.kind === 'unreachable')
    body = (
      <Message title="This page can't be analysed (browser page)">
        <p class="message-hint">If it is a web page opened before Claimlight was installed, reload it.</p>
      </Message>
    );
  else if (view.kind === 'failed') body = <Message title={`Something went wrong: ${view.error}`} />;
  else if (state!.status === 'not-article')
    body = (
      <Message title="Not an article">
        <p class="message-hint">This page doesn't look like an article, so Claimlight left it alone.</p>
        <button type="button" class="primary" onClick={() => void analyzeAnyway()} disabled={busy}>
          Analyze anyway
        </button>
      </Message>
    );
  else if (state!.status === 'analysing') body = <Message title="Analysing this page…" />;
  else if (state!.status === 'error')
    body = (
      <Message title={`Couldn't analyse this page: ${state!.error ?? 'unknown error'}`}>
        <button type="button" class="primary" onClick={() => void analyzeAnyway()} disabled={busy}>
          Try again
        </button>
      </Message>
    );
  else if (!facts || (isEmpty(facts) && !notes)) body = <Message title="Nothing found on this page" />;
  else
    body = (
      <>
        <Summary counts={counts(facts)} notes={notes} filter={filter} onFilter={(f) => setFilter(nextFilter(filter, f))} />
        <div class="list" tabIndex={-1}>
          {filter !== 'notes' && <FactList rows={rowsFor(facts, filter)} grouped={filter === 'all'} onReveal={reveal} />}
        </div>
      </>
    );

  return (
    <div class="popup">
      <header class="header">
        <div class="header-text">
          <p class="site" title={site}>
            {site || 'Claimlight'}
          </p>
          <p class="title" title={state?.page.title ?? ''}>
            {state?.page.title || '\u00a0'}
          </p>
        </div>
        <Switch
          label="Highlights on this site"
          checked={!!state && highlightsOnFor(settings, site)}
          disabled={!state || !settings.enabled}
          onChange={(on) => void setSite(site, on)}
        />
      </header>
      <main class="body">
        {body}
        {/* ANNOTATIONS PLUG-IN POINT: <PageAnnotations tabId facts /> from ./annotations */}
        {tabId !== null && state && (filter === 'all' || filter === 'notes') && (
          <AnnotationsSlot tabId={tabId} facts={facts} page={state.page} onCount={setNotes} compact={filter === 'all'} />
        )}
      </main>
      <footer class="footer">
        <p class="keys">
          <kbd>{STEP_KEYS.next}</kbd> / <kbd>{STEP_KEYS.previous}</kbd> next / previous fact · <kbd>Esc</kbd> close card ·{' '}
          <kbd>Alt+Shift+H</kbd> highlights in this tab
        </p>
        <div class="footer-row">
          <Switch label="Claimlight on all sites" checked={settings.enabled} onChange={(on) => void setGlobal(on)} />
          <button type="button" class="link" onClick={() => void runtime.openOptionsPage()}>
            Library
          </button>
        </div>
      </footer>
    </div>
  );
}
