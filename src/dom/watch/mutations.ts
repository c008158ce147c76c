// Notices when the page's content changes after load (infinite scroll, "read more", an SPA
// navigation) and calls back once things settle. Changes made inside our own card host are
// ignored, and so is the host coming and going.

export interface WatchOptions {
  /** wait this long after the last relevant change */
  debounceMs?: number;
  /** our own nodes, whose changes are not the page's */
  isOurs: (node: Node) => boolean;
  /** only changes inside this node count, while it is in the document (null: anywhere) */
  scope?: () => Node | null;
}

function relevant(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  if (isOurs(record.target)) return false;
  if (record.type === 'childList') {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && !nodes.every(isOurs);
  }
  return true; // characterData
}

function inScope(record: MutationRecord, scope: Node | null): boolean {
  return !scope || !scope.isConnected || scope.contains(record.target);
}

export function watchContent(root: Node, onSettled: () => void, { debounceMs = 700, isOurs, scope }: WatchOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const within = scope?.() ?? null;
    if (!records.some((r) => relevant(r, isOurs) && inScope(r, within))) return;
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
