// Command-line arguments of `claimlight extract`: input files, --out DIR, --format json|text.

import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'text';

export interface CliOptions {
  files: string[];
  out: string | null;
  format: OutputFormat;
  help: boolean;
}

export const USAGE = `Usage: claimlight extract FILE.html [FILE2.html ...] [--out DIR] [--format json|text]

Reads saved HTML pages (no scripts run, nothing fetched), finds each article's body and
prints the figures, sourced claims, unsourced figure sentences and opinions in it.

  --out DIR        write DIR/NAME.json (or NAME.txt with --format text) per input
                   instead of printing to stdout
  --format FORMAT  json (default, the Facts JSON of spec/facts.md) or text (a table)
  -h, --help       show this help

Exit code 1 when any input is missing, not HTML or holds no article; the others are
still processed.`;

export function parseCliArgs(argv: string[]): CliOptions | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const format = values.format;
    if (format !== 'json' && format !== 'text') return { error: `unknown --format "${format}" (json or text)` };
    // `npm run extract -- extract FILE` and `claimlight extract FILE` both work
    const files = positionals[0] === 'extract' ? positionals.slice(1) : positionals;
    return { files, out: values.out ?? null, format, help: values.help === true };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
