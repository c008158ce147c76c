// Runs the engine over a long article in paragraph-aligned slices, yielding to the page
// between slices so no task runs long, and caching each slice's result by its text so a
// re-analysis after the page grows only runs the engine on what is new. Slices of a long
// article are sized by time: the runner learns how fast the engine goes on this machine and
// cuts slices that should take about SLICE_BUDGET_MS. Slice results are shifted back into
// whole-article offsets, sentence numbers and ids.
import type { ArticleMeta, Facts } from '../../core/model';

export type Extract = (text: string, meta: ArticleMeta) => Facts;

/** Largest slice in characters. The engine takes about 1–4 ms per 1,000 characters here
 *  (corpus texts, Node and Chromium), so a typical article (under 8,000 characters) is
 *  analysed whole, with all its context, in one task; only longer ones are sliced. */
export const SLICE_CHARS = 8_000;
/** Smallest slice of a long article, so each keeps some context and pauses stay few. */
export const MIN_SLICE_CHARS = 2_000;
/** The time one slice of a long article should take, in ms (a long task is 50 ms). */
export const SLICE_BUDGET_MS = 25;
/** Engine speed assumed before the first slice is timed: twice the slow end of what was
 *  measured, as the first slice also pays for compiling the engine. */
const ASSUMED_MS_PER_CHAR = 0.008;

/** Where a slice that starts at `start` and holds about `size` characters ends: after a line
 *  break (a paragraph's end), so no sentence is cut; a paragraph longer than `size` is whole. */
export function sliceEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', end);
  return nl > start ? nl + 1 : text.indexOf('\n', end) + 1 || text.length;
}

/** Cuts text into pieces of about `size` characters, only at line breaks (paragraphs). */
export function sliceText(text: string, size = SLICE_CHARS): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; ) {
    const end = sliceEnd(text, start, size);
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The slice size for an engine that takes `msPerChar`: about SLICE_BUDGET_MS of work,
 *  rounded down to 500 characters (so similar speeds give the same cuts and cache hits). */
export function sliceSizeFor(msPerChar: number): number {
  const size = Math.floor(SLICE_BUDGET_MS / msPerChar / 500) * 500;
  return Math.max(MIN_SLICE_CHARS, Math.min(SLICE_CHARS, size));
}

const CONTEXT_CHARS = 32;

type Anchored = { position: { start: number; end: number }; quote: { exact: string; prefix: string; suffix: string } };

/** Moves an item from slice offsets to article offsets; its quote's context is taken from the
 *  whole text, so an item near a slice edge gets the same prefix/suffix as without slicing. */
function shiftPos<T extends Anchored>(x: T, by: number, text: string): T {
  const start = x.position.start + by;
  const end = x.position.end + by;
  return {
    ...x,
    position: { start, end },
    quote: {
      exact: x.quote.exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
  };
}

/** Merges per-slice facts into one Facts over the whole text. */
export function mergeSlices(
  parts: ReadonlyArray<{ offset: number; facts: Facts }>,
  whole: { text: string; url: string; title: string; lang: string },
): Facts {
  const merger = new SliceMerger(whole);
  for (const { offset, facts } of parts) merger.add(offset, facts);
  return merger.result();
}

/** Merges slice results one at a time, in text order, so the work is spread over the slices'
 *  tasks instead of one long task at the end. */
class SliceMerger {
  private readonly merged: Facts;
  private sentenceBase = 0;

  constructor(private readonly whole: { text: string; url: string; title: string; lang: string }) {
    this.merged = {
      schema: 'claimlight.facts/1',
      url: whole.url,
      title: whole.title,
      lang: whole.lang,
      text: { chars: whole.text.length, sentences: 0 },
      figures: [],
      claims: [],
      unsourced: [],
      opinions: [],
    };
  }

  /** Adds the facts of the slice that starts at `offset`. */
  add(offset: number, facts: Facts): void {
    const { merged, sentenceBase } = this;
    const text = this.whole.text;
    const figId = new Map<string, string>();
    for (const f of facts.figures) figId.set(f.id, `f${merged.figures.length + figId.size + 1}`);
    const rename = (id: string): string => figId.get(id) ?? id;
    for (const f of facts.figures) {
      const moved = shiftPos(f, offset, text);
      moved.id = rename(f.id);
      moved.sentence = f.sentence + sentenceBase;
      if (f.change) moved.change = { ...f.change, from: rename(f.change.from) };
      merged.figures.push(moved);
    }
    for (const c of facts.claims) {
      merged.claims.push({
        ...shiftPos(c, offset, text),
        id: `c${merged.claims.length + 1}`,
        sentence: c.sentence + sentenceBase,
        figures: c.figures.map(rename),
      });
    }
    for (const u of facts.unsourced) {
      merged.unsourced.push({ ...shiftPos(u, offset, text), sentence: u.sentence + sentenceBase, figures: u.figures.map(rename) });
    }
    for (const o of facts.opinions) merged.opinions.push({ ...shiftPos(o, offset, text), sentence: o.sentence + sentenceBase });
    this.sentenceBase += facts.text.sentences;
  }

  result(): Facts {
    this.merged.text.sentences = this.sentenceBase;
    return this.merged;
  }
}

export interface SliceRunner {
  run(
    text: string,
    meta: { url: string; title: string; lang: string; links: ReadonlyArray<{ start: number; end: number; href: string }> },
    pause: () => Promise<void>,
  ): Promise<Facts>;
}

/** A runner with a cache of slice results keyed by slice text (and its links). `clock` times
 *  the engine (performance.now by default) to size the slices of long articles. */
export function createSliceRunner(extract: Extract, cacheLimit = 400, clock: () => number = () => performance.now()): SliceRunner {
  const cache = new Map<string, Facts>();
  let msPerChar = ASSUMED_MS_PER_CHAR;
  let timed = false;

  /** Learns the engine's speed from one slice: a slower reading counts at once, a faster
   *  one only half, so one lucky slice does not make the next ones too long. */
  const learn = (chars: number, ms: number): void => {
    if (chars < 1_000) return; // too short to time
    const rate = ms / chars;
    msPerChar = !timed || rate > msPerChar ? rate : (msPerChar + rate) / 2;
    timed = true;
  };

  return {
    async run(text, meta, pause) {
      const merger = new SliceMerger({ text, url: meta.url, title: meta.title, lang: meta.lang });
      let sinceLastPause = clock();
      const whole = text.length <= SLICE_CHARS; // a typical article: one engine call, all context
      for (let start = 0, i = 0; start < text.length; i++) {
        const end = whole ? text.length : sliceEnd(text, start, sliceSizeFor(msPerChar));
        const piece = text.slice(start, end);
        const links = meta.links
          .filter((l) => l.start >= start && l.end <= end)
          .map((l) => ({ start: l.start - start, end: l.end - start, href: l.href }));
        const key = `${piece}\u0000${links.map((l) => `${l.start}:${l.end}:${l.href}`).join(' ')}`;
        let facts = cache.get(key);
        if (!facts || clock() - sinceLastPause > SLICE_BUDGET_MS) {
          // before the engine runs (or when merging cached slices has taken long enough)
          if (i > 0) await pause();
          sinceLastPause = clock();
        }
        if (!facts) {
          const began = clock();
          facts = extract(piece, { url: meta.url, title: meta.title, lang: meta.lang, links });
          learn(piece.length, clock() - began);
          cache.set(key, facts);
          if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
        }
        merger.add(start, facts);
        start = end;
      }
      return merger.result();
    },
  };
}
