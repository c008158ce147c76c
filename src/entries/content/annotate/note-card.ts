// The note card: what a reader sees on clicking one of their annotations in the page — its
// label, note, tags and date, with Edit and Delete. After Delete the card offers Undo for a
// few seconds. Page-derived text is set as text only.
import type { Annotation } from '../../../core/model/annotation';
import { COLOR_SWATCHES, labelName } from '../../../ui/annotations/palette';
import { h } from './dom';

export interface NoteCardActions {
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

export function buildNoteCard(doc: Document, a: Annotation, actions: NoteCardActions): { el: HTMLElement; focus: () => void } {
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const edit = h(doc, 'button', { type: 'button', class: 'act primary' }, 'Edit');
  const del = h(doc, 'button', { type: 'button', class: 'act danger' }, 'Delete');
  const dot = h(doc, 'span', { class: 'dot', style: `background:${COLOR_SWATCHES[a.color]}` });
  const when = new Date(a.createdAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  const el = h(
    doc,
    'div',
    { class: 'panel note-card', role: 'dialog', 'aria-label': 'Your note' },
    h(doc, 'h2', {}, h(doc, 'span', { class: 'chip' }, dot, labelName(a.label)), h(doc, 'span', { class: 'meta' }, `Saved ${when}`), close),
    a.note ? h(doc, 'p', { class: 'note-text' }, a.note) : h(doc, 'p', { class: 'note-empty' }, 'No note yet.'),
    a.tags.length ? h(doc, 'p', { class: 'meta' }, `Tags: ${a.tags.join(', ')}`) : null,
    a.fact ? h(doc, 'p', { class: 'meta' }, factLine(a)) : null,
    h(doc, 'div', { class: 'actions' }, edit, del),
  );
  close.addEventListener('click', actions.onClose);
  edit.addEventListener('click', actions.onEdit);
  del.addEventListener('click', actions.onDelete);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.onClose();
    }
  });
  return { el, focus: () => edit.focus() };
}

function factLine(a: Annotation): string {
  const f = a.fact!;
  if (f.kind === 'figure') return `Saved from a detected figure (${f.figureKind})`;
  if (f.kind === 'claim') return `Saved from a sourced claim — ${f.source.name} (${f.source.kind} source)`;
  return 'Saved from a figure with no source given';
}

/** "Note deleted. Undo" — shown in place of the card; `onUndo` puts it back. */
export function buildUndoCard(doc: Document, onUndo: () => void, onClose: () => void): { el: HTMLElement; focus: () => void } {
  const undo = h(doc, 'button', { type: 'button', class: 'act primary' }, 'Undo');
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const el = h(doc, 'div', { class: 'panel undo', role: 'status' }, h(doc, 'div', { class: 'actions' }, h(doc, 'span', { class: 'status' }, 'Note deleted.'), undo, h(doc, 'span', { class: 'spacer' }), close));
  undo.addEventListener('click', onUndo);
  close.addEventListener('click', onClose);
  return { el, focus: () => undo.focus() };
}
