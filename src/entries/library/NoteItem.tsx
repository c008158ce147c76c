// One note in the library list: its quote (in its colour), the note, label, tags, the page
// and the date, with Open page (scrolled to the quote), Edit (inline) and Delete.
// Page-derived text is rendered as text.
import type { Annotation } from '../../core/model/annotation';
import { textFragmentUrl } from '../../dom/card/text-fragment';
import type { EditorFields } from '../../ui/annotations/editor-state';
import { EditorForm } from '../../ui/annotations/EditorForm';
import { COLOR_SWATCHES, labelName } from '../../ui/annotations/palette';

export interface NoteItemProps {
  annotation: Annotation;
  editing: boolean;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (fields: EditorFields) => Promise<void>;
  onDelete: () => void;
  onTag: (tag: string) => void;
  onSite: (site: string) => void;
}

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

function factText(a: Annotation): string | null {
  const f = a.fact;
  if (!f) return null;
  if (f.kind === 'figure') return `Figure (${f.figureKind})`;
  if (f.kind === 'claim') return `Sourced claim · ${f.source.name}, ${f.source.kind} source`;
  return 'No source given';
}

export function NoteItem({ annotation: a, editing, onEdit, onCancelEdit, onSave, onDelete, onTag, onSite }: NoteItemProps) {
  const fact = factText(a);
  return (
    <li class="item">
      <blockquote class="item-quote" style={{ borderLeftColor: COLOR_SWATCHES[a.color] }}>
        {a.target.quote.exact}
      </blockquote>
      {editing ? (
        <EditorForm saved={a} onSave={onSave} onCancel={onCancelEdit} />
      ) : (
        <>
          {a.note ? <p class="item-note">{a.note}</p> : null}
          <div class="item-meta">
            <span class="label-chip">
              <span class="dot" style={{ background: COLOR_SWATCHES[a.color] }} aria-hidden="true" />
              {labelName(a.label)}
            </span>
            {fact && <span class="fact-chip">{fact}</span>}
            {a.tags.map((tag) => (
              <button key={tag} type="button" class="tag-chip" onClick={() => onTag(tag)} title={`Show notes tagged “${tag}”`}>
                #{tag}
              </button>
            ))}
          </div>
          <div class="item-foot">
            <a class="item-page" href={textFragmentUrl(a.page.url, a.target.quote)} target="_blank" rel="noopener noreferrer" title="Open the page at this quote">
              {a.page.title || a.page.url}
            </a>
            <button type="button" class="site-link" onClick={() => onSite(a.page.site)} title={`Show notes from ${a.page.site}`}>
              {a.page.site}
            </button>
            <time dateTime={a.createdAt} title={new Date(a.createdAt).toLocaleString()}>
              {DATE.format(new Date(a.createdAt))}
            </time>
            <span class="item-actions">
              <button type="button" class="btn small" onClick={onEdit}>
                Edit
              </button>
              <button type="button" class="btn small danger" onClick={onDelete}>
                Delete
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
