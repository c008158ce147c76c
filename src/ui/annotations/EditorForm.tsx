// The annotation editor as a Preact form (the library's inline edit): note, label, tags,
// colour, on the shared editor state. Ctrl/⌘+Enter saves, Escape cancels.
import { useReducer, useRef, useEffect, useState } from 'preact/hooks';
import { ANNOTATION_COLORS, ANNOTATION_LABELS, LABEL_NAMES, type Annotation, type AnnotationColor } from '../../core/model/annotation';
import { editorFields, editorReducer, initialEditorState, type EditorFields } from './editor-state';
import { COLOR_NAMES, COLOR_SWATCHES } from './palette';

export interface EditorFormProps {
  saved: Pick<Annotation, 'id' | 'note' | 'label' | 'tags' | 'color'>;
  onSave: (fields: EditorFields) => Promise<void>;
  onCancel: () => void;
}

export function EditorForm({ saved, onSave, onCancel }: EditorFormProps) {
  const [state, dispatch] = useReducer(editorReducer, saved, initialEditorState);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = `ed-${saved.id}`;

  useEffect(() => noteRef.current?.focus(), []);

  async function submit(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await onSave(editorFields(state));
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  }

  function radioKeys(e: KeyboardEvent, values: readonly string[], current: string | null, pick: (v: string) => void): void {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const at = current === null ? -1 : values.indexOf(current);
    const next = values[(at + step + values.length) % values.length]!;
    pick(next);
    const group = (e.currentTarget as HTMLElement).parentElement;
    (group?.querySelector(`[data-value="${next}"]`) as HTMLElement | null)?.focus();
  }

  return (
    <form
      class="editor-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <label class="form-field" for={`${id}-note`}>
        <span class="form-name">Note</span>
        <textarea
          id={`${id}-note`}
          ref={noteRef}
          rows={3}
          value={state.note}
          onInput={(e) => dispatch({ type: 'note', value: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <div class="form-field">
        <span class="form-name" id={`${id}-label`}>
          Label
        </span>
        <div class="form-choices" role="radiogroup" aria-labelledby={`${id}-label`}>
          {ANNOTATION_LABELS.map((label, i) => {
            const on = state.label === label;
            return (
              <button
                key={label}
                type="button"
                role="radio"
                aria-checked={on}
                data-value={label}
                tabIndex={on || (state.label === null && i === 0) ? 0 : -1}
                class="form-choice"
                onClick={() => dispatch({ type: 'label', value: on ? null : label })}
                onKeyDown={(e) => radioKeys(e, ANNOTATION_LABELS, state.label, (v) => dispatch({ type: 'label', value: v as typeof label }))}
              >
                {LABEL_NAMES[label]}
              </button>
            );
          })}
        </div>
      </div>
      <div class="form-field">
        <label class="form-name" for={`${id}-tags`}>
          Tags
        </label>
        <div class="form-tags">
          {state.tags.map((tag) => (
            <span class="form-tag" key={tag}>
              {tag}
              <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => dispatch({ type: 'remove-tag', tag })}>
                ×
              </button>
            </span>
          ))}
          <input
            id={`${id}-tags`}
            type="text"
            placeholder="Add tags, separated by commas"
            value={state.tagInput}
            onInput={(e) => dispatch({ type: 'tag-input', value: (e.currentTarget as HTMLInputElement).value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey) && state.tagInput.trim() !== '') {
                e.preventDefault();
                dispatch({ type: 'commit-tag' });
              } else if (e.key === 'Backspace' && state.tagInput === '') dispatch({ type: 'remove-last-tag' });
            }}
          />
        </div>
      </div>
      <div class="form-field">
        <span class="form-name" id={`${id}-color`}>
          Colour
        </span>
        <div class="form-choices" role="radiogroup" aria-labelledby={`${id}-color`}>
          {ANNOTATION_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={state.color === color}
              aria-label={COLOR_NAMES[color]}
              title={COLOR_NAMES[color]}
              data-value={color}
              tabIndex={state.color === color ? 0 : -1}
              class="form-swatch"
              style={{ background: COLOR_SWATCHES[color] }}
              onClick={() => dispatch({ type: 'color', value: color })}
              onKeyDown={(e) => radioKeys(e, ANNOTATION_COLORS, state.color, (v) => dispatch({ type: 'color', value: v as AnnotationColor }))}
            />
          ))}
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" class="btn primary" disabled={busy}>
          Save changes
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <span class="form-hint">Ctrl+Enter to save · Esc to cancel</span>
      </div>
    </form>
  );
}
