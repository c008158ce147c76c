// The engine stays pure: code under src/core imports only other files under src/core and a
// short list of pure packages — no DOM, extension, Node or UI modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = __dirname;
/** Pure packages the engine may use (no DOM, no Node, no extension API). */
const ALLOWED_PACKAGES = new Set(['approx-string-match']);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.testing\.ts$/.test(name) ? [path] : [];
  });
}

describe('src/core architecture', () => {
  const files = sourceFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports nothing outside src/core but allowed pure packages', () => {
    const offending: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        const where = relative(CORE, file);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (relative(CORE, target).startsWith('..')) offending.push(`${where} → ${spec}`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!ALLOWED_PACKAGES.has(pkg)) offending.push(`${where} → ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
