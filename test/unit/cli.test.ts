// `claimlight extract` as a user runs it: spawned on the fixture pages, a missing file and
// a file that is not HTML.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const PAGES = path.join(ROOT, 'test/fixtures/pages');

function extract(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/claimlight.mjs', 'extract', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claimlight extract', () => {
  it('prints the Facts JSON of one page, without the chrome around the article', () => {
    const { code, stdout, stderr } = extract(path.join(PAGES, 'chrome-traps.html'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const facts = JSON.parse(stdout);
    expect(facts.schema).toBe('claimlight.facts/1');
    expect(facts.url).toBe('https://circuit.example/news/2025/chipmaker-foundry-deal');
    expect(facts.lang).toBe('en-GB');
    const texts: string[] = facts.figures.map((f: { text: string }) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['$12 billion', '21%', '17%', '3,000']));
    for (const chrome of ['30%', '2,310', '99%', '$300', '25%', '$80 million', '60%']) expect(texts).not.toContain(chrome);
    expect(facts.claims.some((c: { source: { href: string | null } }) => c.source.href === 'https://circuit.example/filings/nordchip-8k')).toBe(true);
    expect(stdout.startsWith('{\n  "schema"')).toBe(true); // 2-space indented
  });

  it('prints a table for people with --format text', () => {
    const { code, stdout } = extract(path.join(PAGES, 'chrome-traps.html'), '--format', 'text');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Figures \(\d+\)/);
    expect(stdout).toMatch(/\$12 billion\s+money\s+12,000,000,000 USD/);
    expect(stdout).toContain('Sourced claims');
    expect(stdout).toContain('Opinions (1)');
  });

  it('reports a missing file and a non-HTML file on stderr, still writes the others, exits 1', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'claimlight-cli-'));
    const missing = path.join(PAGES, 'no-such-page.html');
    const notHtml = path.join(ROOT, 'package.json');
    const { code, stderr } = extract(missing, path.join(PAGES, 'structured-article.html'), notHtml, path.join(PAGES, 'chrome-traps.html'), '--out', out);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toContain('no such file');
    expect(lines[1]).toContain(notHtml);
    expect(lines[1]).toContain('not an HTML page');
    expect(readdirSync(out).sort()).toEqual(['chrome-traps.json', 'structured-article.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'structured-article.json'), 'utf8')).figures.length).toBeGreaterThan(0);
  });

  it('says so when a page holds no article', () => {
    const { code, stderr } = extract(path.join(PAGES, 'not-an-article.html'));
    expect(code).toBe(1);
    expect(stderr).toContain('no article text found');
  });

  it('explains itself with --help', () => {
    const { code, stdout } = extract('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: claimlight extract FILE.html');
  });
});
