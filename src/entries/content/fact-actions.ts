// Hooks for other features of the content script (the annotation feature) into the facts
// feature: "Save" on a fact card calls the registered save handlers; analysis results are
// announced so others can reuse the article's text and TextMap instead of reading it again.
import type { Facts } from '../../core/model';
import type { FactRef } from '../../dom/highlight/spans';
import type { TextMap } from '../../dom/text-map';

export interface SaveFactRequest {
  fact: FactRef;
  /** the fact's text span in the article text (TextPositionSelector) */
  position: { start: number; end: number };
  /** TextQuoteSelector for the span */
  quote: { exact: string; prefix: string; suffix: string };
  page: { url: string; title: string };
  /** the live range in the page, for a note highlight */
  range: Range | null;
}

/** Resolves to a short status line shown on the card ("Saved"). */
export type SaveFactHandler = (request: SaveFactRequest) => Promise<string> | string;

export interface AnalysedArticle {
  text: string;
  map: TextMap;
  facts: Facts;
  root: Element;
}

const saveHandlers = new Set<SaveFactHandler>();
const analysedListeners = new Set<(article: AnalysedArticle) => void>();
let lastAnalysed: AnalysedArticle | null = null;

/** Registers what "Save" does; returns an unsubscribe function. */
export function onSaveFact(handler: SaveFactHandler): () => void {
  saveHandlers.add(handler);
  return () => saveHandlers.delete(handler);
}

export function canSaveFacts(): boolean {
  return saveHandlers.size > 0;
}

/** Runs the save handlers; the first one's status is shown. */
export async function saveFact(request: SaveFactRequest): Promise<string> {
  const results = await Promise.all([...saveHandlers].map((h) => h(request)));
  return results[0] ?? 'Saved';
}

/** Called after each (re)analysis with the current text, map and facts; called at once with
 *  the latest one if there is one already. */
export function onArticleAnalysed(listener: (article: AnalysedArticle) => void): () => void {
  analysedListeners.add(listener);
  if (lastAnalysed) listener(lastAnalysed);
  return () => analysedListeners.delete(listener);
}

export function announceAnalysed(article: AnalysedArticle): void {
  lastAnalysed = article;
  for (const listener of analysedListeners) listener(article);
}

/** The latest analysed article, or null before the first analysis. */
export function currentArticle(): AnalysedArticle | null {
  return lastAnalysed;
}

const pointerClaims = new Set<(x: number, y: number) => boolean>();

/** Another feature owns the text at a point (a reader's note wins over the fact under it):
 *  no fact card opens there. Returns an unsubscribe function. */
export function onPointerClaim(claim: (x: number, y: number) => boolean): () => void {
  pointerClaims.add(claim);
  return () => pointerClaims.delete(claim);
}

export function pointerClaimed(x: number, y: number): boolean {
  for (const claim of pointerClaims) if (claim(x, y)) return true;
  return false;
}
