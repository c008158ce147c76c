// Claimlight's own export: versioned, lossless JSON that parseImport reads back identically.
import type { Annotation } from '../model/annotation';

export const CLAIMLIGHT_SCHEMA = 'claimlight.annotations/1';

export interface ClaimlightExport {
  schema: typeof CLAIMLIGHT_SCHEMA;
  exportedAt: string;
  count: number;
  annotations: Annotation[];
}

/** Pretty-printed JSON: { schema, exportedAt, count, annotations }. */
export function toClaimlightJson(annotations: readonly Annotation[], options: { exportedAt?: string } = {}): string {
  const file: ClaimlightExport = {
    schema: CLAIMLIGHT_SCHEMA,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    count: annotations.length,
    annotations: [...annotations],
  };
  return JSON.stringify(file, null, 2) + '\n';
}
