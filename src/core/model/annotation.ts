// A reader's annotation: one saved span of an article with a note, a label, tags and a colour.
// Pure types and constants; the validator lives in annotation-validate.ts.
//
// Timestamps are ISO-8601 UTC strings with milliseconds ("2026-11-26T03:00:00.000Z", as
// Date.prototype.toISOString prints them): they sort as strings, read well in exports and
// map directly onto W3C `created`/`modified`.
import type { FigureKind, SourceKind, TextPosition, TextQuote } from './facts';

export type AnnotationLabel = 'verified' | 'disputed' | 'needs-source' | 'misleading' | 'important';
export const ANNOTATION_LABELS: readonly AnnotationLabel[] = ['verified', 'disputed', 'needs-source', 'misleading', 'important'];

/** How a label is written for people ("Needs source"). */
export const LABEL_NAMES: Readonly<Record<AnnotationLabel, string>> = {
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
  misleading: 'Misleading',
  important: 'Important',
};

/** Named palette keys; the UI maps them to actual colours (light and dark). */
export type AnnotationColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange' | 'red' | 'gray';
export const ANNOTATION_COLORS: readonly AnnotationColor[] = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange', 'red', 'gray'];

/** The colour an annotation gets from its label unless the reader picks another. */
export const LABEL_COLORS: Readonly<Record<AnnotationLabel | 'none', AnnotationColor>> = {
  verified: 'green',
  disputed: 'red',
  'needs-source': 'orange',
  misleading: 'purple',
  important: 'blue',
  none: 'yellow',
};

/** The page an annotation belongs to. */
export interface AnnotationPage {
  /** normalised URL (see core/url/page-url.ts): the key annotations are found by */
  url: string;
  title: string;
  /** lower-case host name, e.g. "www.theverge.com" */
  site: string;
}

/** Where in the article text the annotation sits: W3C TextQuoteSelector + TextPositionSelector. */
export interface AnnotationTarget {
  quote: TextQuote;
  position: TextPosition;
}

/** The detected fact an annotation was saved from, if any (a copy of what the engine said). */
export type AnnotationFact =
  | {
      kind: 'figure';
      text: string;
      figureKind: FigureKind;
      value: number | null;
      unit: string | null;
    }
  | {
      kind: 'claim';
      text: string;
      source: { name: string; kind: SourceKind; href: string | null };
    }
  | {
      kind: 'unsourced';
      text: string;
    };

export type AnnotationFactKind = AnnotationFact['kind'];
export const ANNOTATION_FACT_KINDS: readonly AnnotationFactKind[] = ['figure', 'claim', 'unsourced'];

export interface Annotation {
  /** UUID (lower-case, 8-4-4-4-12 hex) */
  id: string;
  page: AnnotationPage;
  target: AnnotationTarget;
  /** plain text; '' when there is none */
  note: string;
  label: AnnotationLabel | null;
  tags: string[];
  /** a palette key, see ANNOTATION_COLORS */
  color: AnnotationColor;
  fact?: AnnotationFact;
  /** ISO-8601 UTC */
  createdAt: string;
  /** ISO-8601 UTC; equals createdAt until the first edit */
  updatedAt: string;
}

/** What a caller gives to create an annotation: the store adds id and timestamps. */
export type AnnotationDraft = Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'>;

/** The fields a reader can edit after saving. */
export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'label' | 'tags' | 'color' | 'target'>>;

/** Tags as the reader typed them → trimmed, inner white space collapsed, no empties, no duplicates (case-insensitive, first kept). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
