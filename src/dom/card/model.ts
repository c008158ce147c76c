// What a fact card says, decided from the fact alone: a kind chip, one headline sentence,
// an optional detail line and an optional source link. Pure; card.ts turns it into DOM.
import type { Facts } from '../../core/model';
import type { FactRef } from '../highlight/spans';
import { describeFigure, describeSource, KIND_WORDS, safeHref } from './wording';

export interface CardModel {
  chip: string;
  headline: string;
  detail: string | null;
  /** http(s) link to the claim's source, shown as "link" */
  href: string | null;
}

function clip(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function figureTexts(ids: readonly string[], facts: Pick<Facts, 'figures'>): string {
  return ids
    .map((id) => facts.figures.find((f) => f.id === id)?.text)
    .filter((t): t is string => !!t)
    .join(', ');
}

export function cardModel(fact: FactRef, facts: Pick<Facts, 'figures' | 'claims'>): CardModel {
  switch (fact.kind) {
    case 'figure': {
      const fig = fact.figure;
      const claim = facts.claims.find((c) => c.sentence === fig.sentence);
      const detail = claim ? `In a sourced claim: ${claim.source.name} (${claim.source.kind})` : null;
      return { chip: fig.kind, headline: describeFigure(fig, facts), detail, href: null };
    }
    case 'claim': {
      const { claim } = fact;
      return {
        chip: KIND_WORDS[claim.source.kind],
        headline: describeSource(claim),
        detail: `“${clip(claim.text)}”`,
        href: safeHref(claim.source.href),
      };
    }
    case 'unsourced': {
      const figs = figureTexts(fact.sentence.figures, facts);
      return {
        chip: KIND_WORDS.unsourced,
        headline: figs ? `No source given for ${figs}` : 'No source given',
        detail: `“${clip(fact.sentence.text)}”`,
        href: null,
      };
    }
    case 'opinion':
      return { chip: KIND_WORDS.opinion, headline: "The author's own view", detail: `“${clip(fact.sentence.text)}”`, href: null };
  }
}
