// The in-page annotation editor: note, label, tags and colour for a quote, in the layer's
// shadow root. State lives in ui/annotations/editor-state (shared with the library); this
// module only draws it and turns clicks and keys into actions. Ctrl/⌘+Enter saves, Escape
// cancels. Saving hands the fields to the caller, which reports back an error to show.
import { ANNOTATION_COLORS, ANNOTATION_LABELS, LABEL_NAMES, type Annotation } from '../../../core/model/annotation';
import {
  editorFields,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorFields,
  type EditorState,
} from '../../../ui/annotations/editor-state';
import { COLOR_NAMES } from '../../../ui/annotations/palette';
import { h, shortQuote } from './dom';

export interface EditorOptions {
  quote: string;
  /** editing a saved annotation (else: a new one) */
  saved?: Annotation;
  onSave: (fields: EditorFields) => Promise<void>;
  onCancel: () => void;
  onDelete?: () => void;
  /** every change, for a live preview of the colour and label in the page */
  onChange?: (fields: EditorFields) => void;
}

let nextId = 0;

export function buildEditor(doc: Document, opts: EditorOptions): { el: HTMLElement; focus: () => void } {
  let state: EditorState = initialEditorState(opts.saved);
  const uid = `cl-ed-${++nextId}`;

  const note = h(doc, 'textarea', { id: `${uid}-note`, rows: '3', placeholder: 'What do you want to remember about this?' });
  note.value = state.note;
  const labelButtons = ANNOTATION_LABELS.map((label) => h(doc, 'button', { type: 'button', class: 'choice', role: 'radio', 'data-label': label }, LABEL_NAMES[label]));
  const colorButtons = ANNOTATION_COLORS.map((color) =>
    h(doc, 'button', { type: 'button', class: 'swatch', role: 'radio', 'data-color': color, 'aria-label': COLOR_NAMES[color], title: COLOR_NAMES[color] }),
  );
  const tagChips = h(doc, 'span', { class: 'tag-chips', style: 'display:contents' });
  const tagInput = h(doc, 'input', { type: 'text', id: `${uid}-tags`, placeholder: 'Add tags, separated by commas', 'aria-label': 'Tags' });
  const error = h(doc, 'p', { class: 'error', role: 'alert', hidden: true });
  const save = h(doc, 'button', { type: 'button', class: 'act primary' }, 'Save');
  const cancel = h(doc, 'button', { type: 'button', class: 'act' }, 'Cancel');
  const del = opts.onDelete ? h(doc, 'button', { type: 'button', class: 'act danger' }, 'Delete') : null;

  const el = h(
    doc,
    'div',
    { class: 'panel editor', role: 'dialog', 'aria-label': opts.saved ? 'Edit note' : 'New note' },
    h(doc, 'h2', {}, opts.saved ? 'Edit note' : 'Annotate'),
    h(doc, 'p', { class: 'quote' }, shortQuote(opts.quote, 220)),
    error,
    h(doc, 'label', { class: 'field', for: `${uid}-note` }, h(doc, 'span', { class: 'name' }, 'Note'), note),
    h(doc, 'div', { class: 'field' }, h(doc, 'span', { class: 'name', id: `${uid}-label` }, 'Label'), h(doc, 'div', { class: 'choices', role: 'radiogroup', 'aria-labelledby': `${uid}-label` }, ...labelButtons)),
    h(doc, 'div', { class: 'field' }, h(doc, 'label', { class: 'name', for: `${uid}-tags` }, 'Tags'), h(doc, 'div', { class: 'tags' }, tagChips, tagInput)),
    h(doc, 'div', { class: 'field' }, h(doc, 'span', { class: 'name', id: `${uid}-color` }, 'Colour'), h(doc, 'div', { class: 'choices', role: 'radiogroup', 'aria-labelledby': `${uid}-color` }, ...colorButtons)),
    h(doc, 'div', { class: 'actions' }, save, cancel, del, h(doc, 'span', { class: 'spacer' }), h(doc, 'span', { class: 'hint' }, 'Ctrl+Enter to save')),
  );

  function draw(): void {
    for (const b of labelButtons) {
      const on = b.dataset.label === state.label;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on || (state.label === null && b === labelButtons[0]) ? 0 : -1;
    }
    for (const b of colorButtons) {
      const on = b.dataset.color === state.color;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    }
    tagChips.replaceChildren(
      ...state.tags.map((tag) => {
        const remove = h(doc, 'button', { type: 'button', 'aria-label': `Remove tag ${tag}` }, '×');
        remove.addEventListener('click', () => dispatch({ type: 'remove-tag', tag }));
        return h(doc, 'span', { class: 'tag' }, tag, remove);
      }),
    );
    if (tagInput.value !== state.tagInput) tagInput.value = state.tagInput;
  }

  function dispatch(action: EditorAction): void {
    state = editorReducer(state, action);
    draw();
    opts.onChange?.(editorFields(state));
  }

  /** Arrow keys move within a radio group, as in any radio group. */
  function arrows(buttons: HTMLButtonElement[], e: KeyboardEvent, pick: (b: HTMLButtonElement) => void): void {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const at = buttons.indexOf(e.currentTarget as HTMLButtonElement);
    const next = buttons[(at + step + buttons.length) % buttons.length]!;
    pick(next);
    next.focus();
  }

  for (const b of labelButtons) {
    const label = b.dataset.label as (typeof ANNOTATION_LABELS)[number];
    b.addEventListener('click', () => dispatch({ type: 'label', value: state.label === label ? null : label }));
    b.addEventListener('keydown', (e) => arrows(labelButtons, e, (n) => dispatch({ type: 'label', value: n.dataset.label as typeof label })));
  }
  for (const b of colorButtons) {
    const color = b.dataset.color as (typeof ANNOTATION_COLORS)[number];
    b.addEventListener('click', () => dispatch({ type: 'color', value: color }));
    b.addEventListener('keydown', (e) => arrows(colorButtons, e, (n) => dispatch({ type: 'color', value: n.dataset.color as typeof color })));
  }
  note.addEventListener('input', () => {
    state = editorReducer(state, { type: 'note', value: note.value });
  });
  tagInput.addEventListener('input', () => dispatch({ type: 'tag-input', value: tagInput.value }));
  tagInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey) && tagInput.value.trim() !== '') {
      e.preventDefault();
      dispatch({ type: 'commit-tag' });
    } else if (e.key === 'Backspace' && tagInput.value === '') dispatch({ type: 'remove-last-tag' });
  });

  let saving = false;
  async function submit(): Promise<void> {
    if (saving) return;
    saving = true;
    save.disabled = true;
    error.hidden = true;
    try {
      await opts.onSave(editorFields(state));
    } catch (e) {
      error.textContent = `Could not save: ${e instanceof Error ? e.message : String(e)}`;
      error.hidden = false;
    } finally {
      saving = false;
      save.disabled = false;
    }
  }

  save.addEventListener('click', () => void submit());
  cancel.addEventListener('click', () => opts.onCancel());
  del?.addEventListener('click', () => opts.onDelete?.());
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      opts.onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  });

  draw();
  return { el, focus: () => note.focus() };
}
