// Synthetic notes for the benches: n annotations over 40 sites and 700 pages, with quotes,
// notes, labels and tags drawn from a small vocabulary by a seeded generator (same notes on
// every run).
import type { Annotation } from '../src/core/model/annotation';
import { ANNOTATION_LABELS } from '../src/core/model/annotation';

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticAnnotations(n: number): Annotation[] {
  const random = rng(1);
  const words = 'cloud deal billion percent chips supply reuters analysts insiders market share growth revenue AI model training data centre power megawatts'.split(' ');
  const pick = () => words[Math.floor(random() * words.length)]!;
  const start = Date.parse('2025-01-01T00:00:00.000Z');
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(start + i * 3_600_000).toISOString();
    const site = `site${i % 40}.example`;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      page: { url: `https://${site}/story/${i % 700}`, title: `Story ${i % 700}`, site },
      target: { quote: { exact: Array.from({ length: 12 }, pick).join(' '), prefix: 'before ', suffix: ' after' }, position: { start: i, end: i + 80 } },
      note: random() < 0.5 ? Array.from({ length: 8 }, pick).join(' ') : '',
      label: random() < 0.3 ? null : ANNOTATION_LABELS[i % ANNOTATION_LABELS.length]!,
      tags: [`t${i % 25}`, ...(random() < 0.3 ? [`t${(i * 7) % 25}`] : [])],
      color: 'yellow',
      createdAt: at,
      updatedAt: at,
    };
  });
}
