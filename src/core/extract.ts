// The fact engine: article text in, Facts out (../shared/spec/facts.md). Splits the text into
// sentences, finds the figures of each sentence, attributes sentences to sources, and flags
// unsourced figure sentences and the author's opinions. A pure function of its input.
import type { ArticleMeta, Claim, Facts, Figure, FlaggedSentence, Opinion } from './model/facts';
import { normalizeForMatching } from './text/normalize';
import { splitSentences, type SentenceSpan } from './text/sentences';
import { describe } from './anchor/describe';
import { findFigures, linkChanges } from './recognize/figures';
import { findAttribution, SpeakerMemory, type Attribution } from './recognize/attribution';
import { findOpinionMarker, opensBlockQuote } from './recognize/opinion';

/** Figure kinds that make a sentence worth checking when nobody is cited for it. */
const CHECKABLE_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'multiplier']);
/** Cues of someone speaking (not "put it", "according to"): their own words may follow as a block. */
const SPOKEN_CUE = /^(?:said|says|told|tells|explained|explains|added|adds|stressed|testified|noted)$/i;
/** Fewer words than this is a fragment (a price tag, a caption counter), not a sentence. */
const MIN_SENTENCE_WORDS = 4;
const WORDS = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9]+/g;

/** Whether `s` has at least `n` words (counted with `test`, which builds no match arrays). */
function hasAtLeastWords(s: string, n: number): boolean {
  WORDS.lastIndex = 0;
  let found = 0;
  while (found < n && WORDS.test(s)) found++;
  return found >= n;
}

function figuresOf(text: string, sentence: SentenceSpan, index: number, firstId: number): Figure[] {
  const spans = findFigures(sentence.text);
  if (spans.length === 0) return [];
  const figures: Figure[] = spans.map((span, k) => {
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    const where = describe(text, start, end);
    const figure: Figure = {
      id: `f${firstId + k}`,
      kind: span.kind,
      text: text.slice(start, end),
      value: span.value,
      unit: span.unit,
      approx: span.approx,
      sentence: index,
      quote: where.quote,
      position: where.position,
    };
    if (span.iso !== undefined) figure.iso = span.iso;
    return figure;
  });
  if (spans.length < 2) return figures; // a change links two figures
  for (const change of linkChanges(sentence.text, spans)) {
    const to = figures[change.to];
    const from = figures[change.from];
    if (to && from) to.change = { from: from.id, delta: change.delta, unit: change.unit };
  }
  return figures;
}

/** The link the sentence cites its source with: on or nearest the source name, else the first. */
function sourceHref(meta: ArticleMeta | undefined, sentence: SentenceSpan, attribution: Attribution): string | null {
  const links = meta?.links?.filter((l) => l.start < sentence.end && l.end > sentence.start);
  if (!links || links.length === 0) return null;
  const nameStart = sentence.start + attribution.nameStart;
  const nameEnd = sentence.start + attribution.nameEnd;
  let best = links[0]!;
  let bestDistance = Infinity;
  for (const link of links) {
    const distance = link.end <= nameStart ? nameStart - link.end : link.start >= nameEnd ? link.start - nameEnd : 0;
    if (distance < bestDistance) {
      best = link;
      bestDistance = distance;
    }
  }
  return best.href;
}

/** A table row (cells separated by tabs, as the DOM adapter writes them) is not a sentence. */
function inTableRow(text: string, sentence: SentenceSpan): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start) + 1;
  let lineEnd = text.indexOf('\n', sentence.end);
  if (lineEnd < 0) lineEnd = text.length;
  const tab = text.indexOf('\t', lineStart);
  return tab >= 0 && tab < lineEnd;
}

function hasCheckableFigure(figures: Figure[]): boolean {
  for (let k = 0; k < figures.length; k++) if (CHECKABLE_KINDS.has(figures[k]!.kind)) return true;
  return false;
}

export function extractFacts(text: string, meta?: ArticleMeta): Facts {
  const sentences = splitSentences(text);
  const memory = new SpeakerMemory();
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const unsourced: FlaggedSentence[] = [];
  const opinions: Opinion[] = [];

  let paragraphStart = -1;
  let quoteOpen = false;
  /** the paragraph so far cites a person by name, and has quotation marks */
  let paragraphCites = false;
  let paragraphQuotes = false;
  /** the paragraph before cites a person without quoting them: their words may follow, set off */
  let previousCites = false;
  /** the paragraph is a quoted speaker's words set off without quotation marks */
  let blockQuote = false;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const lineStart = text.lastIndexOf('\n', sentence.start) + 1;
    const opensParagraph = lineStart !== paragraphStart;
    if (opensParagraph) {
      paragraphStart = lineStart;
      quoteOpen = false;
      previousCites = paragraphCites && !paragraphQuotes;
      paragraphCites = false;
      paragraphQuotes = false;
    }
    const own = figuresOf(text, sentence, index, figures.length + 1);
    for (let k = 0; k < own.length; k++) figures.push(own[k]!);
    // normalised per sentence: regexes run much faster on a fresh string than on slices of one big string
    const plain = normalizeForMatching(sentence.text);
    const attribution = findAttribution(plain, memory, sentence.text);
    if (attribution) {
      const where = describe(text, sentence.start, sentence.end);
      claims.push({
        id: `c${claims.length + 1}`,
        sentence: index,
        text: sentence.text,
        source: {
          name: attribution.name,
          kind: attribution.kind,
          cue: attribution.cue,
          href: sourceHref(meta, sentence, attribution),
        },
        figures: own.map((f) => f.id),
        quote: where.quote,
        position: where.position,
      });
    } else if (hasCheckableFigure(own) && hasAtLeastWords(sentence.text, MIN_SENTENCE_WORDS) && !inTableRow(text, sentence)) {
      const where = describe(text, sentence.start, sentence.end);
      unsourced.push({ sentence: index, text: sentence.text, figures: own.map((f) => f.id), quote: where.quote, position: where.position });
    }
    if (opensParagraph) blockQuote = previousCites && !attribution && opensBlockQuote(plain);
    if (attribution && SPOKEN_CUE.test(attribution.cue) && memory.isPerson(attribution.name)) paragraphCites = true;
    if (plain.includes('"')) paragraphQuotes = true;
    const openAtStart = quoteOpen;
    for (let at = plain.indexOf('"'); at >= 0; at = plain.indexOf('"', at + 1)) quoteOpen = !quoteOpen;
    if (!blockQuote && findOpinionMarker(plain, openAtStart)) {
      const where = describe(text, sentence.start, sentence.end);
      opinions.push({ sentence: index, text: sentence.text, quote: where.quote, position: where.position });
    }
  }

  return {
    schema: 'claimlight.facts/1',
    url: meta?.url ?? '',
    title: meta?.title ?? '',
    lang: meta?.lang ?? 'en',
    text: { chars: text.length, sentences: sentences.length },
    figures,
    claims,
    unsourced,
    opinions,
  };
}
