// Export and import for the library: the four export formats as dated files (a Blob and an
// <a download> — no downloads permission needed), and importing a file that is validated
// whole first, then stored in one transaction, with a sentence saying what happened.
import type { Annotation } from '../../core/model/annotation';
import { exportFileName, parseImport, toClaimlightJson, toCsv, toMarkdown, toW3C, type ExportFormat } from '../../core/export';
import type { AnnotationRepository, ImportResult } from '../../storage';

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; name: string; mime: string }> = [
  { format: 'json', name: 'Claimlight JSON', mime: 'application/json' },
  { format: 'w3c', name: 'W3C JSON-LD', mime: 'application/ld+json' },
  { format: 'csv', name: 'CSV', mime: 'text/csv' },
  { format: 'markdown', name: 'Markdown', mime: 'text/markdown' },
];

export function exportText(format: ExportFormat, annotations: readonly Annotation[], now: Date): string {
  const exportedAt = now.toISOString();
  switch (format) {
    case 'json':
      return toClaimlightJson(annotations, { exportedAt });
    case 'w3c':
      return toW3C(annotations, { exportedAt });
    case 'csv':
      return toCsv(annotations);
    case 'markdown':
      return toMarkdown(annotations, { exportedAt });
  }
}

/** Builds the file and hands it to the browser as a download; returns its name. */
export function downloadExport(doc: Document, format: ExportFormat, annotations: readonly Annotation[], now = new Date()): string {
  const spec = EXPORT_FORMATS.find((f) => f.format === format)!;
  const name = exportFileName(format, now);
  const blob = new Blob([exportText(format, annotations, now)], { type: `${spec.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** "Imported 120: 100 added, 15 updated, 5 skipped as duplicates". */
export function importSummary(r: ImportResult): string {
  const total = r.added + r.updated + r.skipped;
  const n = (x: number) => x.toLocaleString('en');
  return `Imported ${n(total)}: ${n(r.added)} added, ${n(r.updated)} updated, ${n(r.skipped)} skipped as duplicates`;
}

export type ImportOutcome = { ok: true; message: string; result: ImportResult } | { ok: false; message: string };

/** Reads an import file's text: refused whole (with what and where) unless every record is valid. */
export async function importText(fileName: string, text: string, repo: AnnotationRepository): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, message: `Nothing imported from ${fileName}: ${parsed.error}` };
  const result = await repo.importMany(parsed.annotations);
  return { ok: true, message: importSummary(result), result };
}
