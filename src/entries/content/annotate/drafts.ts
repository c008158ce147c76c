// Builds what gets saved: the page an annotation belongs to (normalised URL, title, site) and
// an annotation draft from a selection or from a detected fact (the fact is kept with it).
import type { AnnotationDraft, AnnotationFact, AnnotationPage, AnnotationTarget } from '../../../core/model/annotation';
import { siteOf } from '../../../core/url';
import type { FactRef } from '../../../dom/highlight/spans';
import type { EditorFields } from '../../../ui/annotations/editor-state';
import { labelColor } from '../../../ui/annotations/palette';
import { pageUrlOf } from './page-key';

/** The page as annotations know it: canonical link when present, no fragment, no utm_*. */
export function currentPage(doc: Document): AnnotationPage {
  const url = pageUrlOf(doc);
  return { url, title: doc.title.trim(), site: siteOf(url) };
}

/** The copy of a detected fact an annotation keeps (opinions are not kept as facts). */
export function factOf(ref: FactRef): AnnotationFact | undefined {
  switch (ref.kind) {
    case 'figure':
      return { kind: 'figure', text: ref.figure.text, figureKind: ref.figure.kind, value: ref.figure.value, unit: ref.figure.unit };
    case 'claim':
      return { kind: 'claim', text: ref.claim.text, source: { name: ref.claim.source.name, kind: ref.claim.source.kind, href: ref.claim.source.href } };
    case 'unsourced':
      return { kind: 'unsourced', text: ref.sentence.text };
    case 'opinion':
      return undefined;
  }
}

export function draftFromFields(page: AnnotationPage, target: AnnotationTarget, fields: EditorFields, fact?: AnnotationFact): AnnotationDraft {
  const draft: AnnotationDraft = { page, target, note: fields.note, label: fields.label, tags: fields.tags, color: fields.color };
  if (fact) draft.fact = fact;
  return draft;
}

/** A fact saved in one click: no note or label yet, the default colour. */
export function draftFromFact(page: AnnotationPage, target: AnnotationTarget, ref: FactRef): AnnotationDraft {
  return draftFromFields(page, target, { note: '', label: null, tags: [], color: labelColor(null) }, factOf(ref));
}
