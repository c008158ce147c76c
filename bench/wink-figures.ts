// wink-nlp (with wink-eng-lite-web-model) as a peer figure finder: its numeric entities,
// located in the text and shaped like the engine's figures so score.mjs can judge them.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

/** wink entity types that state a quantity, with the Claimlight kind they stand for. */
const KIND: Readonly<Record<string, string>> = {
  MONEY: 'money',
  PERCENT: 'percent',
  CARDINAL: 'count',
  DURATION: 'duration',
  DATE: 'date',
};

export interface PeerFigure {
  kind: string;
  text: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}

/** The bare cost a peer pays: read the document and list its entities. */
export function winkEntities(text: string): Array<{ value: string; type: string }> {
  return nlp.readDoc(text).entities().out(its.detail) as Array<{ value: string; type: string }>;
}

export function winkFigures(text: string): PeerFigure[] {
  const figures: PeerFigure[] = [];
  let cursor = 0;
  for (const { value, type } of winkEntities(text)) {
    const kind = KIND[type];
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    if (!kind) continue;
    const end = at + value.length;
    figures.push({
      kind,
      text: value,
      quote: { exact: value, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(end, end + 32) },
      position: { start: at, end },
    });
  }
  return figures;
}
