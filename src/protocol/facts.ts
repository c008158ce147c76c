// Messages of the in-page facts feature. The popup (or background) asks the content script
// in a tab for the page's state and facts, asks it to analyse a page that did not look like
// an article, to scroll to and flash a fact, and to toggle highlights in that tab.
// (The content script's requests to the background's engine are in ./engine.)
import type { Facts } from '../core/model';
import { request } from './define';
import { isEmpty, isOffset, shape } from './validate';

export interface PageInfo {
  url: string;
  title: string;
  /** hostname, the key of the per-site switch */
  site: string;
}

/** not-article: the cheap check said no and nobody asked to analyse anyway. */
export type PageStatus = 'not-article' | 'analysing' | 'ready' | 'error';

export interface PageState {
  page: PageInfo;
  status: PageStatus;
  /** are highlights painted in this tab right now */
  highlights: boolean;
  /** the settings' verdict for this site (global and per-site switch) */
  siteEnabled: boolean;
  facts: Facts | null;
  error: string | null;
}

export interface Span {
  start: number;
  end: number;
}

const isSpan = shape<Span>({ start: isOffset, end: isOffset });
const isSpanInOrder = (x: unknown): x is Span => isSpan(x) && x.start <= x.end;

/** Requests handled by the content script. */
export const factsToContent = {
  'facts/get': request<Record<string, never>, PageState>(['extension'], isEmpty),
  'facts/analyze': request<Record<string, never>, PageState>(['extension'], isEmpty),
  'facts/reveal': request<Span, boolean>(['extension'], isSpanInOrder),
  'highlights/toggle': request<Record<string, never>, { highlights: boolean }>(['extension'], isEmpty),
};
