// Export and import of annotations: Claimlight JSON (lossless, versioned), W3C Web Annotation
// JSON-LD, CSV, Markdown; parseImport validates a whole file before anything is imported.
export { toClaimlightJson, CLAIMLIGHT_SCHEMA } from './claimlight-json';
export type { ClaimlightExport } from './claimlight-json';
export { toW3C, toW3CAnnotation } from './w3c';
export { toCsv } from './csv';
export { toMarkdown } from './markdown';
export { parseImport } from './parse-import';
export type { ImportParseResult, ImportFormat } from './parse-import';
export { exportFileName } from './file-name';
export type { ExportFormat } from './file-name';
