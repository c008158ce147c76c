// The colours of annotations, shared by the in-page highlights, the editor and the library:
// one translucent tint per palette key (readable on white and on near-black pages, since the
// page's own text colour shows through), plus the CSS Custom Highlight name each annotation
// is painted under: `claimlight-note-<label>` (label "none" when there is none), with
// `--<colour>` appended when the reader picked a colour other than the label's own.
import {
  ANNOTATION_COLORS,
  ANNOTATION_LABELS,
  LABEL_COLORS,
  LABEL_NAMES,
  type Annotation,
  type AnnotationColor,
  type AnnotationLabel,
} from '../../core/model/annotation';

export const NOTE_HIGHLIGHT_PREFIX = 'claimlight-note-';

/** Background tints for page highlights (alpha keeps AA contrast for dark and light text). */
export const COLOR_TINTS: Readonly<Record<AnnotationColor, string>> = {
  yellow: 'rgba(250, 204, 21, 0.45)',
  green: 'rgba(34, 197, 94, 0.38)',
  blue: 'rgba(59, 130, 246, 0.34)',
  pink: 'rgba(236, 72, 153, 0.32)',
  purple: 'rgba(147, 51, 234, 0.30)',
  orange: 'rgba(249, 115, 22, 0.38)',
  red: 'rgba(239, 68, 68, 0.34)',
  gray: 'rgba(120, 120, 120, 0.32)',
};

/** Solid swatch colours for UI (chips, colour pickers). */
export const COLOR_SWATCHES: Readonly<Record<AnnotationColor, string>> = {
  yellow: '#facc15',
  green: '#22c55e',
  blue: '#3b82f6',
  pink: '#ec4899',
  purple: '#9333ea',
  orange: '#f97316',
  red: '#ef4444',
  gray: '#8a8f98',
};

export const COLOR_NAMES: Readonly<Record<AnnotationColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
  red: 'Red',
  gray: 'Grey',
};

/** Besides colour, labels differ by an underline, so they are told apart without colour. */
const LABEL_DECORATION: Readonly<Record<AnnotationLabel | 'none', string>> = {
  verified: 'none',
  disputed: 'underline wavy #b91c1c',
  'needs-source': 'underline dotted currentColor',
  misleading: 'underline wavy #7e22ce',
  important: 'underline double currentColor',
  none: 'none',
};

export type LabelKey = AnnotationLabel | 'none';
export const LABEL_KEYS: readonly LabelKey[] = [...ANNOTATION_LABELS, 'none'];

export function labelName(label: AnnotationLabel | null): string {
  return label ? LABEL_NAMES[label] : 'No label';
}

/** The default colour for a label. */
export function labelColor(label: AnnotationLabel | null): AnnotationColor {
  return LABEL_COLORS[label ?? 'none'];
}

/** The CSS highlight name an annotation is painted under. */
export function noteHighlightName(a: Pick<Annotation, 'label' | 'color'>): string {
  const key: LabelKey = a.label ?? 'none';
  const base = `${NOTE_HIGHLIGHT_PREFIX}${key}`;
  return a.color === LABEL_COLORS[key] ? base : `${base}--${a.color}`;
}

/** Every ::highlight() rule the note highlights need (label × colour). */
export function noteHighlightCss(): string {
  const rules: string[] = [];
  for (const key of LABEL_KEYS) {
    for (const color of ANNOTATION_COLORS) {
      const name = noteHighlightName({ label: key === 'none' ? null : key, color });
      const decoration = LABEL_DECORATION[key];
      rules.push(
        `::highlight(${name}) { background-color: ${COLOR_TINTS[color]};` +
          (decoration === 'none' ? '' : ` text-decoration: ${decoration}; text-decoration-thickness: 2px;`) +
          ' }',
      );
    }
  }
  return rules.join('\n');
}
