// The Facts contract (../shared/spec/facts.md): what the engine reports for one article.
// Pure types plus a structural validator; no imports.

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'duration' | 'multiplier' | 'date';
export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'count', 'quantity', 'duration', 'multiplier', 'date'];

/** W3C Web Annotation TextQuoteSelector body (prefix/suffix up to 32 chars). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector body: offsets into the article text. */
export interface TextPosition {
  start: number;
  end: number;
}

export interface FigureChange {
  /** id of the earlier figure this one changed from */
  from: string;
  /** later − earlier, in the figure's unit ("pp" for percents) */
  delta: number;
  unit: string | null;
}

export interface Figure {
  id: string;
  kind: FigureKind;
  text: string;
  /** normalised number (38000000000, 34, 7, 2024), or null when there is none */
  value: number | null;
  /** "USD", "%", "pp", "MW", "GHz", "year", "x" ... or null (plain counts) */
  unit: string | null;
  approx: boolean;
  sentence: number;
  quote: TextQuote;
  position: TextPosition;
  /** ISO-8601 form for dates ("2025-03-03", "2025-Q3") and durations ("P7Y", "P18M") */
  iso?: string;
  change?: FigureChange;
}

export type SourceKind = 'named' | 'vague';

export interface Source {
  name: string;
  kind: SourceKind;
  cue: string;
  href: string | null;
}

export interface Claim {
  id: string;
  sentence: number;
  text: string;
  source: Source;
  figures: string[];
  quote: TextQuote;
  position: TextPosition;
}

export interface FlaggedSentence {
  sentence: number;
  text: string;
  figures: string[];
  quote: TextQuote;
  position: TextPosition;
}

export interface Opinion {
  sentence: number;
  text: string;
  quote: TextQuote;
  position: TextPosition;
}

export interface Facts {
  schema: 'claimlight.facts/1';
  url: string;
  title: string;
  lang: string;
  text: { chars: number; sentences: number };
  figures: Figure[];
  claims: Claim[];
  unsourced: FlaggedSentence[];
  opinions: Opinion[];
}

/** What the caller knows about the text besides its characters. */
export interface ArticleMeta {
  url?: string;
  title?: string;
  lang?: string;
  /** links inside the article text, as offsets into it */
  links?: ReadonlyArray<{ start: number; end: number; href: string }>;
}

/** A figure as a recognizer finds it: offsets into the text it was given. */
export interface FigureSpan {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  approx: boolean;
  iso?: string;
}
