// The dated file name an export is saved under: "claimlight-2026-11-26.json".

export type ExportFormat = 'json' | 'w3c' | 'csv' | 'markdown';

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: '.json',
  w3c: '.jsonld',
  csv: '.csv',
  markdown: '.md',
};

/** "claimlight-YYYY-MM-DD" + extension, using the local calendar date of `date`. */
export function exportFileName(format: ExportFormat, date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `claimlight-${y}-${m}-${d}${EXTENSIONS[format]}`;
}
