// The annotation editor's state, without any view: note, label, tags (committed chips plus the
// half-typed one), colour. Choosing a label recolours the annotation with the label's colour
// unless the reader picked a colour themselves. Used by the in-page editor and the library.
import { cleanTags, type Annotation, type AnnotationColor, type AnnotationLabel } from '../../core/model/annotation';
import { labelColor } from './palette';

export const MAX_NOTE_CHARS = 10_000;
export const MAX_TAGS = 20;

export interface EditorState {
  note: string;
  label: AnnotationLabel | null;
  tags: string[];
  /** what is typed in the tag box and not yet a tag */
  tagInput: string;
  color: AnnotationColor;
  /** the reader chose the colour: labels no longer change it */
  colorChosen: boolean;
}

export type EditorAction =
  | { type: 'note'; value: string }
  | { type: 'label'; value: AnnotationLabel | null }
  | { type: 'tag-input'; value: string }
  | { type: 'commit-tag' }
  | { type: 'remove-tag'; tag: string }
  | { type: 'remove-last-tag' }
  | { type: 'color'; value: AnnotationColor };

/** The fields an editor saves. */
export interface EditorFields {
  note: string;
  label: AnnotationLabel | null;
  tags: string[];
  color: AnnotationColor;
}

/** A blank editor (new annotation), or one filled from a saved annotation. */
export function initialEditorState(from?: Pick<Annotation, 'note' | 'label' | 'tags' | 'color'>): EditorState {
  if (!from) return { note: '', label: null, tags: [], tagInput: '', color: labelColor(null), colorChosen: false };
  return {
    note: from.note,
    label: from.label,
    tags: [...from.tags],
    tagInput: '',
    color: from.color,
    colorChosen: from.color !== labelColor(from.label),
  };
}

function withTags(state: EditorState, more: readonly string[]): string[] {
  return cleanTags([...state.tags, ...more]).slice(0, MAX_TAGS);
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'note':
      return { ...state, note: action.value.slice(0, MAX_NOTE_CHARS) };
    case 'label': {
      const color = state.colorChosen ? state.color : labelColor(action.value);
      return { ...state, label: action.value, color };
    }
    case 'tag-input': {
      // A comma (or a pasted list) commits every finished tag and keeps the rest typed.
      const parts = action.value.split(',');
      const rest = parts.pop() ?? '';
      if (parts.length === 0) return { ...state, tagInput: action.value };
      return { ...state, tags: withTags(state, parts), tagInput: rest.trimStart() };
    }
    case 'commit-tag':
      return state.tagInput.trim() === '' ? state : { ...state, tags: withTags(state, [state.tagInput]), tagInput: '' };
    case 'remove-tag':
      return { ...state, tags: state.tags.filter((t) => t !== action.tag) };
    case 'remove-last-tag':
      return state.tagInput === '' ? { ...state, tags: state.tags.slice(0, -1) } : state;
    case 'color':
      return { ...state, color: action.value, colorChosen: true };
  }
}

/** What saving stores: a half-typed tag counts, the note is kept as typed but trimmed at the ends. */
export function editorFields(state: EditorState): EditorFields {
  return {
    note: state.note.trim(),
    label: state.label,
    tags: withTags(state, [state.tagInput]),
    color: state.color,
  };
}

/** True when saving would change the given annotation (or, for a new one, always). */
export function editorChanged(state: EditorState, saved?: Pick<Annotation, 'note' | 'label' | 'tags' | 'color'>): boolean {
  if (!saved) return true;
  const f = editorFields(state);
  return f.note !== saved.note || f.label !== saved.label || f.color !== saved.color || f.tags.join('\u0000') !== saved.tags.join('\u0000');
}
