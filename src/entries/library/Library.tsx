// The library: every saved note, newest first. A search box first, filters beside it (label,
// tag, site, date), the list in pages of 50, bulk actions on what the filters show (export,
// delete with undo), export and import one click away. Reads the database directly (an
// extension page shares the background's origin).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ANNOTATION_LABELS, LABEL_NAMES, type Annotation } from '../../core/model/annotation';
import type { ExportFormat } from '../../core/export';
import type { AnnotationListResult, AnnotationRepository } from '../../storage';
import type { EditorFields } from '../../ui/annotations/editor-state';
import {
  clampPage,
  DATE_PRESETS,
  isFiltered,
  NO_FILTERS,
  pageCount,
  rangeText,
  toQuery,
  withFilter,
  type DatePreset,
  type Filters,
  type LabelFilter,
} from './filters';
import { ANNOTATE_SHORTCUT } from '../../ui/annotations/shortcut';
import { LocalIndex } from './local-index';
import { NoteItem } from './NoteItem';
import { downloadExport, EXPORT_FORMATS, importText } from './transfer';

const SEARCH_DEBOUNCE_MS = 180;
const UNDO_MS = 10_000;

export interface LibraryProps {
  repo: AnnotationRepository;
  initialFilters?: Filters;
  /** called with the filters whenever they change (the page keeps them in its address) */
  onFilters?: (filters: Filters) => void;
  now?: () => Date;
  /** called once the first page of notes is on screen */
  onFirstRender?: () => void;
}

interface Toast {
  message: string;
  kind: 'info' | 'error';
  undo?: () => Promise<void>;
}

interface Options {
  tags: string[];
  sites: string[];
  count: number;
}

export function Library({ repo, initialFilters = NO_FILTERS, onFilters, now = () => new Date(), onFirstRender }: LibraryProps) {
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const [searchText, setSearchText] = useState(initialFilters.text);
  /** the page of notes on screen, with the page number it is */
  const [result, setResult] = useState<(AnnotationListResult & { page: number; filtered: boolean }) | null>(null);
  const [options, setOptions] = useState<Options | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [scopeAll, setScopeAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0); // bumped after every change to the data
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const listTop = useRef<HTMLDivElement>(null);
  const firstRenderReported = useRef(false);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const filtered = isFiltered(filters);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  const [listedOnce, setListedOnce] = useState(false);
  const [index, setIndex] = useState<{ index: LocalIndex; version: number } | null>(null);
  const current = index && index.version === version ? index.index : null;

  // The page of notes for the current filters: from memory once every note is loaded, from
  // the database until then (and while it reloads after a change).
  useEffect(() => {
    let live = true;
    const show = (r: AnnotationListResult): void => {
      if (!live) return;
      const page = clampPage(filters.page, r.total);
      if (page !== filters.page) setFilters((f) => ({ ...f, page }));
      else {
        setResult({ ...r, page, filtered: isFiltered(filters) });
        setListedOnce(true);
      }
    };
    const query = toQuery(filters, now());
    if (current) show(current.list(query));
    else void repo.list(query).then(show);
    return () => {
      live = false;
    };
  }, [repo, filters, version, current]);

  // After the first page is on screen (and after every change): every note into memory, and
  // the filter menus' choices.
  useEffect(() => {
    if (!listedOnce) return;
    let live = true;
    void repo.list({}).then((all) => live && setIndex({ index: new LocalIndex(all.items), version }));
    void Promise.all([repo.tags(), repo.sites(), repo.count()]).then(([tags, sites, count]) => live && setOptions({ tags, sites, count }));
    return () => {
      live = false;
    };
  }, [repo, version, listedOnce]);

  useEffect(() => onFilters?.(filters), [filters]);

  useEffect(() => {
    if (result && !firstRenderReported.current) {
      firstRenderReported.current = true;
      onFirstRender?.();
    }
  }, [result]);

  // Typing in the search box filters after a short pause.
  useEffect(() => {
    if (searchText === filters.text) return;
    const t = setTimeout(() => setFilters((f) => withFilter(f, 'text', searchText)), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [searchText]);

  // "/" focuses the search box, as on many sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function show(next: Toast | null): void {
    clearTimeout(toastTimer.current);
    setToast(next);
    if (next) toastTimer.current = setTimeout(() => setToast(null), next.undo ? UNDO_MS : 6000);
  }

  function set<K extends Exclude<keyof Filters, 'page'>>(key: K, value: Filters[K]): void {
    setConfirmBulk(false);
    setFilters((f) => withFilter(f, key, value));
    if (key === 'text') setSearchText(value as string);
  }

  function goToPage(page: number): void {
    setFilters((f) => ({ ...f, page }));
    listTop.current?.scrollIntoView?.({ block: 'start' });
  }

  async function matching(): Promise<Annotation[]> {
    const query = scopeAll ? {} : toQuery(filters, now(), false);
    return (current ? current.list(query) : await repo.list(query)).items;
  }

  async function onExport(format: ExportFormat): Promise<void> {
    setBusy(true);
    try {
      const items = await matching();
      if (items.length === 0) return show({ kind: 'info', message: 'Nothing to export.' });
      const name = downloadExport(document, format, items, now());
      show({ kind: 'info', message: `Exported ${items.length.toLocaleString()} ${items.length === 1 ? 'note' : 'notes'} to ${name}` });
    } catch (e) {
      show({ kind: 'error', message: `Export failed: ${String(e)}` });
    } finally {
      setBusy(false);
    }
  }

  async function onImport(file: File): Promise<void> {
    setBusy(true);
    show({ kind: 'info', message: `Importing ${file.name}…` }); // a file of thousands of notes takes seconds
    try {
      const outcome = await importText(file.name, await file.text(), repo);
      show({ kind: outcome.ok ? 'info' : 'error', message: outcome.message });
      if (outcome.ok) changed();
    } catch (e) {
      show({ kind: 'error', message: `Nothing imported from ${file.name}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  async function deleteOne(a: Annotation): Promise<void> {
    const gone = await repo.delete(a.id);
    changed();
    if (gone) show({ kind: 'info', message: 'Note deleted.', undo: async () => repo.restore([gone]) });
  }

  async function deleteFiltered(): Promise<void> {
    setConfirmBulk(false);
    setBusy(true);
    try {
      const query = toQuery(filters, now(), false);
      const ids = (current ? current.list(query) : await repo.list(query)).items.map((a) => a.id);
      const gone = await repo.deleteMany(ids);
      changed();
      show({ kind: 'info', message: `Deleted ${gone.length.toLocaleString()} ${gone.length === 1 ? 'note' : 'notes'}.`, undo: async () => repo.restore(gone) });
    } finally {
      setBusy(false);
    }
  }

  async function save(a: Annotation, fields: EditorFields): Promise<void> {
    await repo.update(a.id, fields);
    setEditing(null);
    changed();
  }

  const total = result?.total ?? 0;
  const pages = pageCount(total);
  const exportCount = scopeAll ? (options?.count ?? total) : total;
  const tagChoices = useMemo(() => withChosen(options?.tags ?? [], filters.tag), [options, filters.tag]);
  const siteChoices = useMemo(() => withChosen(options?.sites ?? [], filters.site), [options, filters.site]);

  return (
    <div class="library">
      <header class="top">
        <h1>
          Claimlight <span class="top-sub">Your notes</span>
        </h1>
        {options && <span class="top-count">{options.count.toLocaleString()} saved</span>}
        <div class="top-actions">
          <input
            ref={fileRef}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            class="visually-hidden"
            id="import-file"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void onImport(file);
            }}
          />
          <button type="button" class="btn" disabled={busy} onClick={() => fileRef.current?.click()} title="Claimlight JSON or W3C Web Annotation (JSON-LD)">
            Import…
          </button>
        </div>
      </header>

      <div class="toolbar" role="search">
        <input
          ref={searchRef}
          type="search"
          class="search"
          placeholder="Search quotes, notes and tags"
          aria-label="Search quotes, notes and tags"
          aria-keyshortcuts="/"
          title="Press / to search"
          value={searchText}
          onInput={(e) => setSearchText((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && set('text', searchText)}
        />
        <label class="filter">
          <span>Label</span>
          <select value={filters.label} onChange={(e) => set('label', (e.currentTarget as HTMLSelectElement).value as LabelFilter)}>
            <option value="any">Any label</option>
            {ANNOTATION_LABELS.map((l) => (
              <option key={l} value={l}>
                {LABEL_NAMES[l]}
              </option>
            ))}
            <option value="none">No label</option>
          </select>
        </label>
        <label class="filter">
          <span>Tag</span>
          <select value={filters.tag} onChange={(e) => set('tag', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">Any tag</option>
            {tagChoices.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>Site</span>
          <select value={filters.site} onChange={(e) => set('site', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">Any site</option>
            {siteChoices.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>Date</span>
          <select value={filters.date} onChange={(e) => set('date', (e.currentTarget as HTMLSelectElement).value as DatePreset)}>
            {DATE_PRESETS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            class="btn link"
            onClick={() => {
              setSearchText('');
              setFilters(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        )}
      </div>

      <div class="bulk" ref={listTop}>
        <span class="bulk-range" aria-live="polite">
          {result ? rangeText(result.page, total) : 'Loading…'}
          {result?.filtered ? ' (filtered)' : ''}
        </span>
        <span class="bulk-export">
          {filtered && (
            <label class="scope">
              <input type="checkbox" checked={scopeAll} onChange={(e) => setScopeAll((e.currentTarget as HTMLInputElement).checked)} /> all notes, not just these
            </label>
          )}
          <span class="bulk-label">Export {exportCount.toLocaleString()} as</span>
          {EXPORT_FORMATS.map((f) => (
            <button key={f.format} type="button" class="btn small" disabled={busy || exportCount === 0} onClick={() => void onExport(f.format)}>
              {f.name}
            </button>
          ))}
        </span>
        {filtered && total > 0 && (
          <span class="bulk-delete">
            {confirmBulk ? (
              <>
                <span>Delete these {total.toLocaleString()}?</span>
                <button type="button" class="btn small danger-fill" onClick={() => void deleteFiltered()}>
                  Yes, delete {total.toLocaleString()}
                </button>
                <button type="button" class="btn small" onClick={() => setConfirmBulk(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" class="btn small danger" disabled={busy} onClick={() => setConfirmBulk(true)}>
                Delete these {total.toLocaleString()}…
              </button>
            )}
          </span>
        )}
      </div>

      {result && result.items.length === 0 ? (
        <div class="empty">
          {!filtered ? (
            <>
              <p class="empty-title">No notes yet</p>
              <p>On any article, select some text and choose “Annotate” (or press {ANNOTATE_SHORTCUT}), or press “Save” on a highlighted fact.</p>
            </>
          ) : (
            <>
              <p class="empty-title">No notes match</p>
              <button type="button" class="btn" onClick={() => (setSearchText(''), setFilters(NO_FILTERS))}>
                Clear filters
              </button>
            </>
          )}
        </div>
      ) : (
        <ul class="items" aria-label="Notes">
          {result?.items.map((a) => (
            <NoteItem
              key={a.id}
              annotation={a}
              editing={editing === a.id}
              onEdit={() => setEditing(a.id)}
              onCancelEdit={() => setEditing(null)}
              onSave={(fields) => save(a, fields)}
              onDelete={() => void deleteOne(a)}
              onTag={(tag) => set('tag', tag)}
              onSite={(site) => set('site', site)}
            />
          ))}
        </ul>
      )}

      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" class="btn" disabled={filters.page === 0} onClick={() => goToPage(0)}>
            « First
          </button>
          <button type="button" class="btn" disabled={filters.page === 0} onClick={() => goToPage(filters.page - 1)}>
            ‹ Previous
          </button>
          <span class="pager-at">
            Page {(filters.page + 1).toLocaleString()} of {pages.toLocaleString()}
          </span>
          <button type="button" class="btn" disabled={filters.page >= pages - 1} onClick={() => goToPage(filters.page + 1)}>
            Next ›
          </button>
          <button type="button" class="btn" disabled={filters.page >= pages - 1} onClick={() => goToPage(pages - 1)}>
            Last »
          </button>
        </nav>
      )}

      {toast && (
        <div class={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              class="btn small"
              onClick={() => {
                const undo = toast.undo!;
                show(null);
                void undo().then(changed);
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="toast-close" aria-label="Dismiss" onClick={() => show(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

/** The menu's choices, with the chosen one kept even before the choices have loaded. */
function withChosen(choices: string[], chosen: string): string[] {
  return chosen && !choices.includes(chosen) ? [chosen, ...choices] : choices;
}
