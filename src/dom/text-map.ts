// Maps offsets in an article's plain text back to the live DOM text nodes it came from,
// and back again. The text is built from text nodes with white space collapsed and "\n"
// inserted at block boundaries; each stretch of text that maps linearly onto one text node
// is a "run". Inserted separators belong to no run and map to the nearest real position.
// Read-only: never touches the document except to create Range objects.

export interface DomPoint {
  node: Text;
  offset: number;
}

type Bias = 'backward' | 'forward';

export class TextMap {
  /** index of the first run of each mapped text node, built on first use (pointer and
   *  selection lookups), so reading a page does not pay for it */
  private firstRunOf: Map<Text, number> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly nodes: readonly Text[],
    private readonly runStart: Int32Array, // offset in the text
    private readonly runEnd: Int32Array,
    private readonly runNode: Int32Array, // index into nodes
    private readonly runNodeStart: Int32Array, // offset in the node's data
    readonly length: number,
  ) {}

  private get firstRun(): Map<Text, number> {
    if (!this.firstRunOf) {
      this.firstRunOf = new Map();
      for (let i = this.runNode.length - 1; i >= 0; i--) {
        const node = this.nodes[this.runNode[i]!];
        if (node) this.firstRunOf.set(node, i);
      }
    }
    return this.firstRunOf;
  }

  get runCount(): number {
    return this.runStart.length;
  }

  /** The DOM position of a text offset. An offset on an inserted separator maps to the start
   *  of the run after it (bias "forward", the default) or the end of the run before it
   *  ("backward", used for range ends so a range never ends at the start of the next block). */
  toDomPoint(offset: number, bias: Bias = 'forward'): DomPoint | null {
    const n = this.runStart.length;
    if (n === 0) return null;
    const off = Math.max(0, Math.min(offset, this.length));
    // i = last run with runStart <= off, or -1
    let lo = 0;
    let hi = n - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runStart[mid]! <= off) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (i < 0) return this.pointAt(0, this.runStart[0]!);
    if (bias === 'backward') {
      if (off === this.runStart[i]! && i > 0) return this.pointAt(i - 1, this.runEnd[i - 1]!);
      return this.pointAt(i, Math.min(off, this.runEnd[i]!));
    }
    if (off < this.runEnd[i]!) return this.pointAt(i, off);
    if (i + 1 < n) return this.pointAt(i + 1, this.runStart[i + 1]!);
    return this.pointAt(i, this.runEnd[i]!);
  }

  /** A live Range over text[start, end), or null when the span holds no real text. */
  toRange(start: number, end: number): Range | null {
    if (end < start) return null;
    const from = this.toDomPoint(start, 'forward');
    const to = this.toDomPoint(end, 'backward');
    if (!from || !to) return null;
    const range = this.doc.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null; // a node left the document
    }
    if (range.collapsed && end > start) return null;
    return range;
  }

  /** The text offset of a DOM position (a caret, a selection end), or null when it is not
   *  inside the mapped text. Positions inside collapsed white space snap to the next run. */
  fromDomPoint(node: Node, offset: number): number | null {
    if (node.nodeType === 3) return this.fromTextPoint(node as Text, offset);
    const kids = node.childNodes;
    const child = offset < kids.length ? kids[offset] : null;
    if (child) {
      const first = this.firstMappedIn(child, 'first');
      if (first) return this.fromTextPoint(first, 0);
    }
    for (let k = Math.min(offset, kids.length) - 1; k >= 0; k--) {
      const last = this.firstMappedIn(kids[k]!, 'last');
      if (last) return this.fromTextPoint(last, last.data.length);
    }
    return null;
  }

  private fromTextPoint(node: Text, offset: number): number | null {
    let i = this.firstRun.get(node);
    if (i === undefined) return null;
    const n = this.runNode.length;
    const idx = this.runNode[i]!;
    for (; i < n && this.runNode[i] === idx; i++) {
      const nodeStart = this.runNodeStart[i]!;
      const len = this.runEnd[i]! - this.runStart[i]!;
      if (offset < nodeStart) return this.runStart[i]!; // in collapsed space before this run
      if (offset <= nodeStart + len) return this.runStart[i]! + (offset - nodeStart);
    }
    return this.runEnd[i - 1]!; // trailing collapsed space
  }

  private firstMappedIn(root: Node, which: 'first' | 'last'): Text | null {
    if (root.nodeType === 3) return this.firstRun.has(root as Text) ? (root as Text) : null;
    const walker = this.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let found: Text | null = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (this.firstRun.has(t as Text)) {
        found = t as Text;
        if (which === 'first') break;
      }
    }
    return found;
  }

  private pointAt(run: number, textOffset: number): DomPoint {
    const node = this.nodes[this.runNode[run]!]!;
    return { node, offset: this.runNodeStart[run]! + (textOffset - this.runStart[run]!) };
  }
}

/** Builds an article's text and its TextMap from text nodes fed in document order. */
export class TextMapBuilder {
  private out: string[] = [];
  private len = 0;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private nodeIdx: number[] = [];
  private nodeStarts: number[] = [];
  private pendingBreak = false;
  private pendingSpace: { node: number; at: number } | null = null;

  get length(): number {
    return this.len;
  }

  /** Where the next real character will land (after any pending separator). */
  get nextOffset(): number {
    return this.len + (this.pendingBreak || this.pendingSpace ? 1 : 0);
  }

  /** A block boundary: the next text starts on a new line. */
  lineBreak(): void {
    if (this.len > 0) this.pendingBreak = true;
    this.pendingSpace = null;
  }

  /** Appends a text node, collapsing runs of white space (unless `pre`). */
  addText(node: Text, pre = false): void {
    const data = node.data;
    if (data.length === 0) return;
    const idx = this.nodes.length;
    this.nodes.push(node);
    if (pre) {
      this.flushSeparators();
      this.addRun(idx, 0, data);
      return;
    }
    // only white space that changes when collapsed splits the node: at its ends, runs of
    // two or more, and single tabs or newlines (one plain space between words stays inside a run)
    const ws = /^[ \t\n\r\f]+|[ \t\n\r\f]+$|[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
    let at = 0;
    for (let m = ws.exec(data); ; m = ws.exec(data)) {
      const end = m ? m.index : data.length;
      if (end > at) {
        this.flushSeparators();
        this.addRun(idx, at, data.slice(at, end));
      }
      if (!m) break;
      if (this.len > 0 && !this.pendingBreak) this.pendingSpace = { node: idx, at: m.index };
      at = m.index + m[0].length;
    }
  }

  build(doc: Document): { text: string; map: TextMap } {
    const text = this.out.join('');
    const map = new TextMap(
      doc,
      this.nodes,
      new Int32Array(this.starts),
      new Int32Array(this.ends),
      new Int32Array(this.nodeIdx),
      new Int32Array(this.nodeStarts),
      text.length,
    );
    return { text, map };
  }

  private flushSeparators(): void {
    if (this.pendingBreak) {
      this.out.push('\n');
      this.len += 1;
      this.pendingBreak = false;
      this.pendingSpace = null;
    } else if (this.pendingSpace) {
      const { node, at } = this.pendingSpace;
      this.pendingSpace = null;
      this.addRun(node, at, ' ');
    }
  }

  private addRun(node: number, nodeStart: number, s: string): void {
    const last = this.starts.length - 1;
    if (
      last >= 0 &&
      this.nodeIdx[last] === node &&
      this.ends[last] === this.len &&
      this.nodeStarts[last]! + (this.ends[last]! - this.starts[last]!) === nodeStart
    ) {
      this.ends[last] = this.len + s.length; // contiguous: extend the run
    } else {
      this.starts.push(this.len);
      this.ends.push(this.len + s.length);
      this.nodeIdx.push(node);
      this.nodeStarts.push(nodeStart);
    }
    this.out.push(s);
    this.len += s.length;
  }
}
