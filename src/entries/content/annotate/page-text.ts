// The texts an annotation can be anchored in: the article as the facts feature read it (so a
// saved fact lines up with its card), then the whole page's text (for notes outside the
// article body, or when no article was analysed). Each comes with its TextMap back to the DOM.
import { describe } from '../../../core/anchor';
import type { TextPosition, TextQuote } from '../../../core/model';
import { readArticle } from '../../../dom/article';
import type { TextMap } from '../../../dom/text-map';
import { currentArticle } from '../fact-actions';

export interface TextSpace {
  text: string;
  map: TextMap;
}

export interface DescribedRange {
  space: TextSpace;
  start: number;
  end: number;
  quote: TextQuote;
  position: TextPosition;
}

/** Reads the page's texts lazily and keeps them until the page changes. */
export class PageText {
  private article: TextSpace | null | undefined;
  private body: TextSpace | null | undefined;

  constructor(private readonly doc: Document) {}

  /** Forget what was read (the page's content changed). */
  invalidate(): void {
    this.article = undefined;
    this.body = undefined;
  }

  /** The texts to try, best first. */
  spaces(): TextSpace[] {
    const analysed = currentArticle();
    if (analysed) this.article = { text: analysed.text, map: analysed.map };
    if (this.article === undefined) this.article = readArticle(this.doc) ?? null;
    if (this.body === undefined) this.body = this.doc.body ? readArticle(this.doc, { root: this.doc.body }) ?? null : null;
    return [this.article, this.body].filter((s): s is TextSpace => s !== null);
  }

  /** Selectors for a live range (a selection), in the first text that holds all of it. */
  describeRange(range: Range): DescribedRange | null {
    for (const space of this.spaces()) {
      const from = space.map.fromDomPoint(range.startContainer, range.startOffset);
      const to = space.map.fromDomPoint(range.endContainer, range.endOffset);
      if (from === null || to === null) continue;
      let start = Math.min(from, to);
      let end = Math.max(from, to);
      while (start < end && /\s/.test(space.text[start]!)) start++;
      while (end > start && /\s/.test(space.text[end - 1]!)) end--;
      if (end <= start) continue;
      const { quote, position } = describe(space.text, start, end);
      return { space, start, end, quote, position };
    }
    return null;
  }
}
