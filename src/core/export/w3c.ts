// W3C Web Annotation export: a JSON-LD AnnotationCollection with TextQuote/TextPosition selectors.
// The note, tags and label become TextualBody items (commenting, tagging, assessing); what W3C
// has no term for (page title, site, colour, fact) goes into claimlight: extension properties.
import type { Annotation } from '../model/annotation';
import { COLLECTION_CONTEXT, EXT, PURPOSE, URN_UUID } from './w3c-vocabulary';

interface TextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
  format?: 'text/plain';
}

/** One annotation as a W3C Annotation object (without @context). */
export function toW3CAnnotation(a: Annotation): Record<string, unknown> {
  const body: TextualBody[] = [];
  if (a.note !== '') body.push({ type: 'TextualBody', purpose: PURPOSE.note, value: a.note, format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: PURPOSE.tag, value: tag });
  if (a.label !== null) body.push({ type: 'TextualBody', purpose: PURPOSE.label, value: a.label });
  const w3c: Record<string, unknown> = {
    id: URN_UUID + a.id,
    type: 'Annotation',
    motivation: a.note !== '' ? 'commenting' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
  };
  if (body.length > 0) w3c.body = body;
  w3c.target = {
    source: a.page.url,
    selector: [
      { type: 'TextQuoteSelector', exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix },
      { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end },
    ],
  };
  w3c[EXT.title] = a.page.title;
  w3c[EXT.site] = a.page.site;
  w3c[EXT.color] = a.color;
  if (a.fact) w3c[EXT.fact] = a.fact;
  return w3c;
}

/** Pretty-printed JSON-LD AnnotationCollection with every annotation in its first page. */
export function toW3C(annotations: readonly Annotation[], options: { exportedAt?: string } = {}): string {
  const collection = {
    '@context': COLLECTION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Claimlight annotations',
    generated: options.exportedAt ?? new Date().toISOString(),
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map(toW3CAnnotation),
    },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
