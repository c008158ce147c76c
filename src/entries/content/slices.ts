// Gets an article's facts from the engine (in the background: ./engine-client) in
// paragraph-aligned slices, caching each slice's result by its text so a re-analysis after
// the page grows (infinite scroll, "read more") only sends what is new. Slices go in batches,
// so a huge article never travels as one message; their facts are shifted back into
// whole-article offsets, sentence numbers and ids, a few ms at a time.
import type { Facts } from '../../core/model';
import type { ExtractMeta, ExtractSlice } from '../../protocol';

/** Runs the engine on slices of one article; resolves with each slice's facts, in order. */
export type ExtractSlices = (slices: ExtractSlice[], meta: ExtractMeta) => Promise<Facts[]>;

/** Largest slice in characters: a typical article (under 8,000 characters) goes whole, with
 *  all its context; longer ones are cut after a paragraph. */
export const SLICE_CHARS = 8_000;
/** Most characters sent in one request, so no single message (or its reply) is huge. */
export const BATCH_CHARS = 64_000;
/** Merging slice results pauses for the page after this many ms. */
export const MERGE_BUDGET_MS = 8;

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

/** Groups items into runs of at most `limit` characters (an item larger than that alone). */
export function batches<T extends { slice: ExtractSlice }>(items: readonly T[], limit = BATCH_CHARS): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (current.length > 0 && chars + item.slice.text.length > limit) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += item.slice.text.length;
  }
  if (current.length > 0) out.push(current);
  return out;
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
  run(text: string, meta: ExtractMeta & { links: ReadonlyArray<{ start: number; end: number; href: string }> }, pause: () => Promise<void>): Promise<Facts>;
}

interface Piece {
  start: number;
  slice: ExtractSlice;
  key: string;
}

/** A runner with a cache of slice results keyed by slice text and links. `clock` paces the
 *  merging (performance.now by default). */
export function createSliceRunner(extract: ExtractSlices, cacheLimit = 400, clock: () => number = () => performance.now()): SliceRunner {
  const cache = new Map<string, Facts>();

  const remember = (key: string, facts: Facts): void => {
    cache.set(key, facts);
    if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
  };

  return {
    async run(text, meta, pause) {
      const pieces: Piece[] = sliceText(text).map(({ start, end }) => {
        const links = meta.links
          .filter((l) => l.start >= start && l.end <= end)
          .map((l) => ({ start: l.start - start, end: l.end - start, href: l.href }));
        const piece = text.slice(start, end);
        return { start, slice: { text: piece, links }, key: `${piece}\u0000${links.map((l) => `${l.start}:${l.end}:${l.href}`).join(' ')}` };
      });
      const found = new Map<string, Facts>();
      const missing = new Map<string, Piece>(); // each distinct slice once
      for (const piece of pieces) {
        const hit = cache.get(piece.key);
        if (hit) found.set(piece.key, hit);
        else if (!missing.has(piece.key)) missing.set(piece.key, piece);
      }
      const { url, title, lang } = meta;
      for (const batch of batches([...missing.values()])) {
        const facts = await extract(batch.map((p) => p.slice), { url, title, lang });
        if (facts.length !== batch.length) throw new Error(`the engine answered ${facts.length} slices of ${batch.length}`);
        batch.forEach((p, i) => {
          found.set(p.key, facts[i]!);
          remember(p.key, facts[i]!);
        });
      }
      const merger = new SliceMerger({ text, url, title, lang });
      let since = clock();
      for (const piece of pieces) {
        if (clock() - since > MERGE_BUDGET_MS) {
          await pause();
          since = clock();
        }
        merger.add(piece.start, found.get(piece.key)!);
      }
      return merger.result();
    },
  };
}
