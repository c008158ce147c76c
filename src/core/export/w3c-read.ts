// Reads W3C Web Annotation JSON-LD (a collection, a page, one annotation or an array of them)
// into Annotations. Claimlight's own W3C export comes back identical; annotations from other
// tools get what W3C says about them (and defaults for the rest).
import { ANNOTATION_COLORS, ANNOTATION_LABELS, LABEL_COLORS, type Annotation, type AnnotationColor, type AnnotationLabel } from '../model/annotation';
import { isUuid, MAX_CONTEXT_CHARS, validateAnnotation, validateFact } from '../model/annotation-validate';
import { siteOf } from '../url/page-url';
import { stableUuid } from './stable-uuid';
import { EXT, PURPOSE, URN_UUID } from './w3c-vocabulary';

/** Thrown while reading; parseImport turns it into the refusal message. */
export class ImportError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(value: Json): string[] {
  const t = value.type ?? value['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function isW3CDocument(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => isObject(v) && typesOf(v).includes('Annotation'));
  if (!isObject(value)) return false;
  const types = typesOf(value);
  return types.includes('AnnotationCollection') || types.includes('AnnotationPage') || types.includes('Annotation');
}

/** The annotation objects of a W3C document, in order. */
function items(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  const o = doc as Json;
  const types = typesOf(o);
  if (types.includes('Annotation')) return [o];
  if (types.includes('AnnotationPage')) return pageItems(o, 'items');
  const first = o.first;
  if (first === undefined) {
    if (o.total === 0) return [];
    throw new ImportError('first: an AnnotationCollection must embed its annotations in "first" (an AnnotationPage)');
  }
  if (Array.isArray(first)) return first;
  if (!isObject(first)) throw new ImportError('first: must be an embedded AnnotationPage, not a link (only self-contained files can be imported)');
  return pageItems(first, 'first.items');
}

function pageItems(page: Json, path: string): unknown[] {
  if (!Array.isArray(page.items)) throw new ImportError(`${path}: must be an array of annotations`);
  if (page.next !== undefined) throw new ImportError(`${path.replace(/items$/, 'next')}: the file links to further pages; only self-contained files can be imported`);
  return page.items;
}

export function readW3C(doc: unknown): Annotation[] {
  return items(doc).map((item, i) => readAnnotation(item, `annotations[${i}]`));
}

function readAnnotation(value: unknown, path: string): Annotation {
  if (!isObject(value)) throw new ImportError(`${path}: must be an object`);
  if (!typesOf(value).includes('Annotation')) throw new ImportError(`${path}.type: must be "Annotation"`);

  const target = readTarget(value.target, `${path}.target`);
  const { note, tags, label } = readBodies(value, path);
  const createdAt = timestamp(value.created ?? value.modified, `${path}.created`);
  const updatedAt = value.modified === undefined ? createdAt : timestamp(value.modified, `${path}.modified`);

  const title = value[EXT.title];
  const site = value[EXT.site];
  const color = value[EXT.color];
  if (title !== undefined && typeof title !== 'string') throw new ImportError(`${path}.${EXT.title}: must be a string`);
  if (site !== undefined && typeof site !== 'string') throw new ImportError(`${path}.${EXT.site}: must be a string`);
  if (color !== undefined && !ANNOTATION_COLORS.includes(color as AnnotationColor)) {
    throw new ImportError(`${path}.${EXT.color}: must be one of ${ANNOTATION_COLORS.join(', ')}`);
  }

  const annotation: Annotation = {
    id: readId(value.id, target),
    page: { url: target.source, title: title ?? '', site: site ?? siteOf(target.source) },
    target: { quote: target.quote, position: target.position },
    note,
    label,
    tags,
    color: (color as AnnotationColor | undefined) ?? LABEL_COLORS[label ?? 'none'],
    createdAt,
    updatedAt,
  };
  if (value[EXT.fact] !== undefined) {
    const fact = validateFact(value[EXT.fact], `${path}.${EXT.fact}`);
    if (!fact.ok) throw new ImportError(colonAfterPath(fact.error));
    annotation.fact = fact.value;
  }
  const checked = validateAnnotation(annotation, path);
  if (!checked.ok) throw new ImportError(colonAfterPath(checked.error));
  return checked.value;
}

/** "a.b must be x" → "a.b: must be x" (the house style of import messages). */
function colonAfterPath(message: string): string {
  return message.replace(/^(\S+) /, '$1: ');
}

function readId(id: unknown, target: { source: string; quote: { exact: string } }): string {
  if (typeof id === 'string') {
    const bare = id.startsWith(URN_UUID) ? id.slice(URN_UUID.length) : id;
    return isUuid(bare) ? bare : stableUuid(id);
  }
  return stableUuid(`${target.source}\u0000${target.quote.exact}`);
}

function readTarget(value: unknown, path: string) {
  const target = Array.isArray(value) ? value[0] : value;
  if (!isObject(target)) throw new ImportError(`${path}: must be an object with a source and a TextQuoteSelector`);
  const source = typeof target.source === 'string' ? target.source : isObject(target.source) ? target.source.id : undefined;
  if (typeof source !== 'string' || source === '') throw new ImportError(`${path}.source: must be the page URL`);
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s) => isObject(s) && typesOf(s).includes('TextQuoteSelector')) as Json | undefined;
  const position = selectors.find((s) => isObject(s) && typesOf(s).includes('TextPositionSelector')) as Json | undefined;
  const where = `${path}.selector`;
  if (!quote) throw new ImportError(`${where}: a TextQuoteSelector is required`);
  if (typeof quote.exact !== 'string' || quote.exact === '') throw new ImportError(`${where}: TextQuoteSelector.exact must be a non-empty string`);
  for (const key of ['prefix', 'suffix'] as const) {
    if (quote[key] !== undefined && typeof quote[key] !== 'string') throw new ImportError(`${where}: TextQuoteSelector.${key} must be a string`);
  }
  const prefix = ((quote.prefix as string | undefined) ?? '').slice(-MAX_CONTEXT_CHARS);
  const suffix = ((quote.suffix as string | undefined) ?? '').slice(0, MAX_CONTEXT_CHARS);
  let start = 0;
  let end = quote.exact.length;
  if (position) {
    for (const key of ['start', 'end'] as const) {
      const n = position[key];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new ImportError(`${where}: TextPositionSelector.${key} must be a whole number ≥ 0`);
    }
    start = position.start as number;
    end = position.end as number;
    if (end < start) throw new ImportError(`${where}: TextPositionSelector.end must not be before start`);
  }
  return { source, quote: { exact: quote.exact, prefix, suffix }, position: { start, end } };
}

function readBodies(value: Json, path: string): { note: string; tags: string[]; label: AnnotationLabel | null } {
  const notes: string[] = [];
  const tags: string[] = [];
  let label: AnnotationLabel | null = null;
  if (value.bodyValue !== undefined) {
    if (typeof value.bodyValue !== 'string') throw new ImportError(`${path}.bodyValue: must be a string`);
    notes.push(value.bodyValue);
  }
  const bodies = value.body === undefined ? [] : Array.isArray(value.body) ? value.body : [value.body];
  bodies.forEach((body, i) => {
    const where = Array.isArray(value.body) ? `${path}.body[${i}]` : `${path}.body`;
    if (!isObject(body)) throw new ImportError(`${where}: must be an object (a TextualBody)`);
    if (!typesOf(body).includes('TextualBody') && body.value === undefined) return; // a linked resource: nothing to keep
    if (typeof body.value !== 'string') throw new ImportError(`${where}.value: must be a string`);
    const purpose = Array.isArray(body.purpose) ? body.purpose[0] : body.purpose;
    if (purpose === PURPOSE.tag) tags.push(body.value);
    else if (purpose === PURPOSE.label && ANNOTATION_LABELS.includes(body.value as AnnotationLabel) && label === null) label = body.value as AnnotationLabel;
    else if (purpose === PURPOSE.label) tags.push(body.value);
    else notes.push(body.value);
  });
  return { note: notes.join('\n\n'), tags, label };
}

/** A W3C date-time (any offset, optional fraction) → the ISO UTC form used in Annotation. */
function timestamp(value: unknown, path: string): string {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new ImportError(`${path}: must be an ISO-8601 date-time`);
  return new Date(ms).toISOString();
}
