// Structural validation of Annotation records from untrusted input (import files, storage,
// messages). Every failure names the path and what was wrong, e.g.
// "annotations[3].target.quote.exact must be a non-empty string". Returns a fresh object that
// carries only the known fields.
import { FIGURE_KINDS, type FigureKind, type SourceKind } from './facts';
import {
  ANNOTATION_COLORS,
  ANNOTATION_LABELS,
  type Annotation,
  type AnnotationColor,
  type AnnotationFact,
  type AnnotationLabel,
} from './annotation';

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Longest prefix/suffix a TextQuoteSelector carries here (spec/facts.md). */
export const MAX_CONTEXT_CHARS = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Thrown inside the validator only; turned into { ok: false } at the edge. */
class Invalid extends Error {}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True for the exact form Date.prototype.toISOString prints, naming a real instant. */
export function isIsoTimestamp(value: string): boolean {
  return ISO_UTC.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}

export function validateAnnotation(value: unknown, path = 'annotation'): Validation<Annotation> {
  try {
    return { ok: true, value: readAnnotation(value, path) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

function readAnnotation(value: unknown, path: string): Annotation {
  const o = object(value, path);
  const id = string(o.id, `${path}.id`);
  if (!isUuid(id)) fail(`${path}.id must be a UUID`);
  const page = object(o.page, `${path}.page`);
  const target = object(o.target, `${path}.target`);
  const quote = object(target.quote, `${path}.target.quote`);
  const position = object(target.position, `${path}.target.position`);
  const start = offset(position.start, `${path}.target.position.start`);
  const end = offset(position.end, `${path}.target.position.end`);
  if (end < start) fail(`${path}.target.position.end must not be before start`);

  const annotation: Annotation = {
    id,
    page: {
      url: nonEmpty(page.url, `${path}.page.url`),
      title: string(page.title, `${path}.page.title`),
      site: string(page.site, `${path}.page.site`),
    },
    target: {
      quote: {
        exact: nonEmpty(quote.exact, `${path}.target.quote.exact`),
        prefix: context(quote.prefix, `${path}.target.quote.prefix`),
        suffix: context(quote.suffix, `${path}.target.quote.suffix`),
      },
      position: { start, end },
    },
    note: string(o.note, `${path}.note`),
    label: label(o.label, `${path}.label`),
    tags: stringArray(o.tags, `${path}.tags`),
    color: color(o.color, `${path}.color`),
    createdAt: timestamp(o.createdAt, `${path}.createdAt`),
    updatedAt: timestamp(o.updatedAt, `${path}.updatedAt`),
  };
  if (o.fact !== undefined) annotation.fact = readFact(o.fact, `${path}.fact`);
  return annotation;
}

/** Validates an AnnotationFact (also used by the W3C reader). */
export function validateFact(value: unknown, path: string): Validation<AnnotationFact> {
  try {
    return { ok: true, value: readFact(value, path) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

function readFact(value: unknown, path: string): AnnotationFact {
  const o = object(value, path);
  const text = string(o.text, `${path}.text`);
  switch (o.kind) {
    case 'figure': {
      if (!FIGURE_KINDS.includes(o.figureKind as FigureKind)) fail(`${path}.figureKind must be one of ${FIGURE_KINDS.join(', ')}`);
      if (o.value !== null && !(typeof o.value === 'number' && Number.isFinite(o.value))) fail(`${path}.value must be a number or null`);
      if (o.unit !== null && typeof o.unit !== 'string') fail(`${path}.unit must be a string or null`);
      return { kind: 'figure', text, figureKind: o.figureKind as FigureKind, value: o.value as number | null, unit: o.unit as string | null };
    }
    case 'claim': {
      const source = object(o.source, `${path}.source`);
      if (source.kind !== 'named' && source.kind !== 'vague') fail(`${path}.source.kind must be "named" or "vague"`);
      if (source.href !== null && typeof source.href !== 'string') fail(`${path}.source.href must be a string or null`);
      return {
        kind: 'claim',
        text,
        source: { name: string(source.name, `${path}.source.name`), kind: source.kind as SourceKind, href: source.href as string | null },
      };
    }
    case 'unsourced':
      return { kind: 'unsourced', text };
    default:
      return fail(`${path}.kind must be "figure", "claim" or "unsourced"`);
  }
}

function fail(message: string): never {
  throw new Invalid(message);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${path} must be an object`);
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(`${path} must be a string`);
  return value;
}

function nonEmpty(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') fail(`${path} must be a non-empty string`);
  return value;
}

function context(value: unknown, path: string): string {
  const s = string(value, path);
  if (s.length > MAX_CONTEXT_CHARS) fail(`${path} must be at most ${MAX_CONTEXT_CHARS} characters`);
  return s;
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(`${path} must be a whole number ≥ 0`);
  return value;
}

function label(value: unknown, path: string): AnnotationLabel | null {
  if (value === null) return null;
  if (!ANNOTATION_LABELS.includes(value as AnnotationLabel)) fail(`${path} must be null or one of ${ANNOTATION_LABELS.join(', ')}`);
  return value as AnnotationLabel;
}

function color(value: unknown, path: string): AnnotationColor {
  if (!ANNOTATION_COLORS.includes(value as AnnotationColor)) fail(`${path} must be one of ${ANNOTATION_COLORS.join(', ')}`);
  return value as AnnotationColor;
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(`${path} must be an array of strings`);
  return value.map((item, i) => string(item, `${path}[${i}]`));
}

function timestamp(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isIsoTimestamp(value)) fail(`${path} must be an ISO-8601 UTC timestamp like 2026-11-26T03:00:00.000Z`);
  return value;
}
