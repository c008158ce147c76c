// The popup's notes section: this page's annotations as the tab placed them, in reading
// order (click → the page scrolls to it and flashes it), and those saved for this page that
// could not be found in it, listed with their quote — never silently dropped.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../../core/model/annotation';
import { askTab } from '../../../platform/ask';
import { runtime } from '../../../platform/browser';
import type { PageAnnotationsStatus } from '../../../protocol/annotations';
import { COLOR_SWATCHES, labelName } from '../../../ui/annotations/palette';
import { ANNOTATE_SHORTCUT } from '../../../ui/annotations/shortcut';
import type { PageAnnotationsProps } from '../annotations-slot';
import './annotations.css';

import { NOTES_CHANGED } from './SaveFactButton';

export { SaveFactButton } from './SaveFactButton';

type View = { kind: 'loading' } | { kind: 'ready'; status: PageAnnotationsStatus } | { kind: 'failed'; error: string };

function NoteRow({ annotation, onClick, approx }: { annotation: Annotation; onClick?: () => void; approx?: boolean }) {
  const body = (
    <>
      <span class="note-quote">{annotation.target.quote.exact}</span>
      {annotation.note && <span class="note-body">{annotation.note}</span>}
      <span class="row-meta">
        <span class="chip note-chip">
          <span class="note-dot" style={{ background: COLOR_SWATCHES[annotation.color] }} aria-hidden="true" />
          {labelName(annotation.label)}
        </span>
        {annotation.tags.length > 0 && <span class="row-detail">{annotation.tags.join(', ')}</span>}
        {approx && <span class="row-detail" title="The text changed a little since you saved this">text changed</span>}
      </span>
    </>
  );
  return (
    <li class="row">
      {onClick ? (
        <button type="button" class="row-main" onClick={onClick} title="Show in the page">
          {body}
        </button>
      ) : (
        <div class="row-main note-static">{body}</div>
      )}
    </li>
  );
}

export function PageAnnotations({ tabId, facts, onCount, compact = false }: PageAnnotationsProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const load = useCallback(async () => {
    const reply = await askTab(tabId, 'annotations/status', {});
    if (reply.ok) {
      setView({ kind: 'ready', status: reply.value });
      onCount?.(reply.value.found.length + reply.value.missing.length);
    } else setView({ kind: 'failed', error: reply.error });
  }, [tabId, onCount]);

  // Again when the facts change: a late re-analysis may have placed more notes.
  useEffect(() => {
    void load();
  }, [load, facts]);
  useEffect(() => {
    const reload = () => void load();
    window.addEventListener(NOTES_CHANGED, reload);
    return () => window.removeEventListener(NOTES_CHANGED, reload);
  }, [load]);

  if (view.kind === 'loading') return null;
  if (view.kind === 'failed') {
    return view.error === 'unreachable' ? null : <p class="notes-hint">Your notes could not be read: {view.error}</p>;
  }
  const { found, missing } = view.status;
  const total = found.length + missing.length;
  const reveal = (id: string) => void askTab(tabId, 'annotations/reveal', { id });

  const empty = (
    <p class="notes-hint">
      No notes on this page yet. Select text and choose <strong>Annotate</strong> (or <kbd>{ANNOTATE_SHORTCUT}</kbd>).
    </p>
  );
  const lists = (
    <>
      {found.length > 0 && (
        <ul class="rows">
          {found.map(({ annotation, exact }) => (
            <NoteRow key={annotation.id} annotation={annotation} approx={!exact} onClick={() => reveal(annotation.id)} />
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          <h3 class="group-title notes-missing-title">Not found on this page ({missing.length})</h3>
          <p class="notes-hint">The page's text may have changed, or that part has not loaded yet.</p>
          <ul class="rows">
            {missing.map((annotation) => (
              <NoteRow key={annotation.id} annotation={annotation} />
            ))}
          </ul>
        </>
      )}
    </>
  );

  if (compact) {
    if (total === 0) return <section class="notes notes-compact" aria-label="Your notes">{empty}</section>;
    return (
      <details class="notes notes-compact">
        <summary class="notes-summary">
          Your notes on this page: {found.length}
          {missing.length > 0 && <span class="notes-summary-missing"> · {missing.length} not found</span>}
        </summary>
        <div class="notes-scroll">{lists}</div>
      </details>
    );
  }

  return (
    <section class="notes" aria-label="Your notes">
      <h2 class="group-title">Your notes {total > 0 && `(${total})`}</h2>
      {total === 0 ? empty : lists}
      <p class="notes-footer">
        <button type="button" class="link" onClick={() => void runtime.openOptionsPage()}>
          All notes in the library
        </button>
      </p>
    </section>
  );
}
