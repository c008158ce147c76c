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

/** Underline colours, one per palette key: dark enough for 3:1 against white and against
 *  near-black pages (relative luminance about 0.1–0.2). */
export const COLOR_LINES: Readonly<Record<AnnotationColor, string>> = {
  yellow: '#a16207',
  green: '#15803d',
  blue: '#2563eb',
  pink: '#db2777',
  purple: '#9333ea',
  orange: '#c2410c',
  red: '#dc2626',
  gray: '#6b7280',
};

/** Every note is underlined (so it differs from the automatic figure tint); the line's style
 *  tells labels apart without colour: wavy for disputed and misleading, dotted for needs
 *  source, double for important, solid otherwise. */
const LABEL_LINE_STYLE: Readonly<Record<AnnotationLabel | 'none', string>> = {
  verified: 'solid',
  disputed: 'wavy',
  'needs-source': 'dotted',
  misleading: 'wavy',
  important: 'double',
  none: 'solid',
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

/** The ::highlight() rule that paints notes with this label and colour. */
export function noteHighlightRule(a: Pick<Annotation, 'label' | 'color'>): string {
  const key: LabelKey = a.label ?? 'none';
  return (
    `::highlight(${noteHighlightName(a)}) { background-color: ${COLOR_TINTS[a.color]}; text-decoration: underline ${LABEL_LINE_STYLE[key]} ${COLOR_LINES[a.color]};` +
    ' text-decoration-thickness: 2px; text-underline-offset: 3px; }'
  );
}
