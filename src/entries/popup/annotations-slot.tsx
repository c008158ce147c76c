// ANNOTATIONS PLUG-IN POINT for the popup. When src/entries/popup/annotations/index.ts(x)
// exists and exports `PageAnnotations`, it is mounted here with the tab and its facts, and
// may report its count for the "Notes" filter through onCount. Until then: nothing.
import type { ComponentType } from 'preact';
import type { Facts } from '../../core/model';
import type { PageInfo } from '../../protocol';

export interface PageAnnotationsProps {
  tabId: number;
  facts: Facts | null;
  page: PageInfo | null;
  /** tell the popup how many notes this page has (shown in the summary row) */
  onCount?: (count: number) => void;
  /** shown under the facts list: a one-line summary that opens into the list */
  compact?: boolean;
}

interface AnnotationsModule {
  PageAnnotations?: ComponentType<PageAnnotationsProps>;
}

const modules = import.meta.glob<AnnotationsModule>('./annotations/index.{ts,tsx}', { eager: true });
const PageAnnotations = Object.values(modules)[0]?.PageAnnotations ?? null;

export const hasAnnotations = PageAnnotations !== null;

export function AnnotationsSlot(props: PageAnnotationsProps) {
  return PageAnnotations ? <PageAnnotations {...props} /> : null;
}
