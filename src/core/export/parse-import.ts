// Reads an import file (Claimlight JSON or W3C JSON-LD), validating everything first: a
// malformed or foreign file is refused whole, with a message saying what and where
// ("annotations[3].target.selector: TextQuoteSelector.exact must be a non-empty string").
import type { Annotation } from '../model/annotation';
import { validateAnnotation } from '../model/annotation-validate';
import { CLAIMLIGHT_SCHEMA } from './claimlight-json';
import { ImportError, isW3CDocument, readW3C } from './w3c-read';

export type ImportFormat = 'claimlight' | 'w3c';

export type ImportParseResult =
  | { ok: true; format: ImportFormat; annotations: Annotation[] }
  | { ok: false; error: string };

export function parseImport(text: string): ImportParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `Not a JSON file: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    if (isClaimlightDocument(doc)) return { ok: true, format: 'claimlight', annotations: readClaimlight(doc) };
    if (isW3CDocument(doc)) return { ok: true, format: 'w3c', annotations: readW3C(doc) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.message };
    throw e;
  }
  return {
    ok: false,
    error: `Not a Claimlight or W3C Web Annotation file: expected "schema": "${CLAIMLIGHT_SCHEMA}" or "type": "AnnotationCollection"`,
  };
}

function isClaimlightDocument(doc: unknown): doc is Record<string, unknown> {
  return typeof doc === 'object' && doc !== null && typeof (doc as { schema?: unknown }).schema === 'string' &&
    (doc as { schema: string }).schema.startsWith('claimlight.annotations/');
}

function readClaimlight(doc: Record<string, unknown>): Annotation[] {
  if (doc.schema !== CLAIMLIGHT_SCHEMA) {
    throw new ImportError(`schema: "${String(doc.schema)}" is not one this version of Claimlight reads (it reads "${CLAIMLIGHT_SCHEMA}")`);
  }
  if (!Array.isArray(doc.annotations)) throw new ImportError('annotations: must be an array');
  return doc.annotations.map((item, i) => {
    const result = validateAnnotation(item, `annotations[${i}]`);
    if (!result.ok) throw new ImportError(result.error.replace(/^(\S+) /, '$1: '));
    return result.value;
  });
}
