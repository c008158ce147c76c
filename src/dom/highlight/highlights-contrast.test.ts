// The in-page highlight colours must stay legible on white and on near-black pages
// (ux.md): underlines reach 3:1 (non-text contrast) against both, and page text over the
// translucent figure tint keeps 4.5:1 (AA) for dark-on-white and light-on-dark pages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luminance } from '../page-theme';

const css = readFileSync(resolve(__dirname, 'highlights.css'), 'utf8');

function rule(name: string): string {
  const m = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule for ${name}`);
  return m[1]!;
}

function hex(color: string): [number, number, number] {
  const m = /#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color)!;
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const rgb = ([r, g, b]: readonly number[]): string => `rgb(${r}, ${g}, ${b})`;
const lum = (c: readonly number[]): number => luminance(rgb(c))!;
const contrast = (a: readonly number[], b: readonly number[]): number => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const WHITE = [255, 255, 255];
const NEAR_BLACK = [18, 18, 18];

describe('highlight colours', () => {
  for (const name of ['claimlight-claim-named', 'claimlight-claim-vague', 'claimlight-unsourced']) {
    it(`${name}: underline reaches 3:1 on white and near-black`, () => {
      const color = hex(/text-decoration-color:\s*(#[0-9a-f]{6})/i.exec(rule(name))![1]!);
      expect(contrast(color, WHITE)).toBeGreaterThanOrEqual(3);
      expect(contrast(color, NEAR_BLACK)).toBeGreaterThanOrEqual(3);
    });
  }

  it('claimlight-figure: page text over the tint keeps AA contrast', () => {
    const m = /background-color:\s*rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(rule('claimlight-figure'))!;
    const tint = [Number(m[1]), Number(m[2]), Number(m[3])];
    const alpha = Number(m[4]);
    const over = (bg: number[]): number[] => tint.map((c, i) => Math.round(c * alpha + bg[i]! * (1 - alpha)));
    expect(contrast([17, 17, 17], over(WHITE))).toBeGreaterThanOrEqual(4.5);
    expect(contrast([221, 221, 221], over(NEAR_BLACK))).toBeGreaterThanOrEqual(4.5);
  });
});
