// Messages of the engine: the content script sends the article's text to the background,
// slice by slice, and gets each slice's facts back (docs/adr/engine-in-background.md). The
// payload is checked whole before the engine sees it: shapes, link offsets, sizes.
import type { Facts } from '../core/model';
import { request } from './define';
import { isOffset, isRecord, shape } from './validate';

/** A link inside a slice of article text, as offsets into that slice. */
export interface SliceLink {
  start: number;
  end: number;
  href: string;
}

/** One paragraph-aligned piece of an article's text, with the links inside it. */
export interface ExtractSlice {
  text: string;
  links: SliceLink[];
}

export interface ExtractMeta {
  url: string;
  title: string;
  lang: string;
}

export interface ExtractRequest {
  meta: ExtractMeta;
  slices: ExtractSlice[];
}

export interface ExtractReply {
  /** the facts of each slice, in the request's order, with offsets into that slice */
  facts: Facts[];
  /** how long the engine took in the background, ms */
  ms: number;
}

/** Most text one extract request may carry (the content script sends batches far smaller). */
export const MAX_EXTRACT_CHARS = 4_000_000;
const MAX_SLICES = 2_000;
const MAX_META_CHARS = 8_192;

const isString = (max: number) => (x: unknown): x is string => typeof x === 'string' && x.length <= max;
const isMeta = shape<ExtractMeta>({ url: isString(MAX_META_CHARS), title: isString(MAX_META_CHARS), lang: isString(64) });
const isLink = shape<SliceLink>({ start: isOffset, end: isOffset, href: isString(MAX_META_CHARS) });

function isSlice(x: unknown): x is ExtractSlice {
  if (!isRecord(x) || Object.keys(x).length !== 2 || typeof x.text !== 'string' || !Array.isArray(x.links)) return false;
  const length = x.text.length;
  return x.links.every((l) => isLink(l) && l.start <= l.end && l.end <= length);
}

/** A well-formed extract request within the size limits. */
export function isExtractRequest(x: unknown): x is ExtractRequest {
  if (!isRecord(x) || Object.keys(x).length !== 2 || !isMeta(x.meta) || !Array.isArray(x.slices)) return false;
  if (x.slices.length > MAX_SLICES) return false;
  let chars = 0;
  for (const slice of x.slices) {
    if (!isSlice(slice)) return false;
    chars += slice.text.length;
  }
  return chars <= MAX_EXTRACT_CHARS;
}

/** Requests handled by the background. */
export const engineToBackground = {
  'facts/extract': request<ExtractRequest, ExtractReply>(['content'], isExtractRequest),
};
