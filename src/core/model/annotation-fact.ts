// Copies what the engine found (a Figure, a Claim, an unsourced sentence) into the fact an
// annotation keeps, so the annotation still says what it was saved from when the page changes.
import type { Claim, Figure, FlaggedSentence } from './facts';
import type { AnnotationFact } from './annotation';

export function factFromFigure(figure: Figure): AnnotationFact {
  return { kind: 'figure', text: figure.text, figureKind: figure.kind, value: figure.value, unit: figure.unit };
}

export function factFromClaim(claim: Claim): AnnotationFact {
  return { kind: 'claim', text: claim.text, source: { name: claim.source.name, kind: claim.source.kind, href: claim.source.href } };
}

export function factFromUnsourced(sentence: FlaggedSentence): AnnotationFact {
  return { kind: 'unsourced', text: sentence.text };
}
