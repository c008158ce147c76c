// The editor's state: labels recolour until the reader picks a colour, tags commit on comma
// and Enter, what saving stores, and whether an edit changed anything.
import { describe, expect, it } from 'vitest';
import { editorChanged, editorFields, editorReducer, initialEditorState, MAX_NOTE_CHARS, type EditorAction, type EditorState } from './editor-state';

const run = (actions: EditorAction[], from: EditorState = initialEditorState()): EditorState => actions.reduce(editorReducer, from);

describe('editor state', () => {
  it('starts blank, yellow, no label', () => {
    expect(initialEditorState()).toEqual({ note: '', label: null, tags: [], tagInput: '', color: 'yellow', colorChosen: false });
  });

  it('a label brings its colour until the reader picks one', () => {
    const s = run([{ type: 'label', value: 'disputed' }]);
    expect(s.color).toBe('red');
    const picked = run([{ type: 'color', value: 'blue' }, { type: 'label', value: 'verified' }], s);
    expect(picked).toMatchObject({ label: 'verified', color: 'blue', colorChosen: true });
    expect(run([{ type: 'label', value: null }], s).color).toBe('yellow');
  });

  it('commits tags on comma and on commit, cleaning and de-duplicating them', () => {
    const s = run([{ type: 'tag-input', value: 'AI, chips,  ai , amaz' }]);
    expect(s.tags).toEqual(['AI', 'chips']);
    expect(s.tagInput).toBe('amaz');
    const t = run([{ type: 'tag-input', value: 'amazon' }, { type: 'commit-tag' }], s);
    expect(t).toMatchObject({ tags: ['AI', 'chips', 'amazon'], tagInput: '' });
    expect(run([{ type: 'remove-tag', tag: 'chips' }], t).tags).toEqual(['AI', 'amazon']);
    expect(run([{ type: 'remove-last-tag' }], t).tags).toEqual(['AI', 'chips']);
    // Backspace with text still typed does not eat a tag
    expect(run([{ type: 'remove-last-tag' }], s).tags).toEqual(['AI', 'chips']);
  });

  it('saves the trimmed note and a half-typed tag', () => {
    const s = run([{ type: 'note', value: '  check this  \n' }, { type: 'tag-input', value: 'todo' }]);
    expect(editorFields(s)).toEqual({ note: 'check this', label: null, tags: ['todo'], color: 'yellow' });
  });

  it('caps the note length', () => {
    expect(run([{ type: 'note', value: 'x'.repeat(MAX_NOTE_CHARS + 5) }]).note).toHaveLength(MAX_NOTE_CHARS);
  });

  it('fills from a saved annotation and knows when nothing changed', () => {
    const saved = { note: 'n', label: 'important' as const, tags: ['a'], color: 'pink' as const };
    const s = initialEditorState(saved);
    expect(s.colorChosen).toBe(true); // pink is not "important"'s own colour
    expect(editorChanged(s, saved)).toBe(false);
    expect(editorChanged(run([{ type: 'note', value: 'm' }], s), saved)).toBe(true);
    expect(editorChanged(run([{ type: 'tag-input', value: 'b' }], s), saved)).toBe(true);
    expect(editorChanged(s)).toBe(true);
    expect(initialEditorState({ ...saved, color: 'blue' }).colorChosen).toBe(false);
  });
});
