// Markdown export: annotations grouped by page (pages in the order given, annotations in
// reading order), each with its quote, label, tags, note, the fact it came from and its date.
import { LABEL_NAMES, type Annotation, type AnnotationFact } from '../model/annotation';

/** Backslash-escapes what Markdown would otherwise read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** A URL safe inside (…) of a Markdown link. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

function describeFact(fact: AnnotationFact): string {
  switch (fact.kind) {
    case 'figure': {
      const value = fact.value === null ? '' : ` = ${fact.value}${fact.unit ? ` ${fact.unit}` : ''}`;
      return `figure (${fact.figureKind}): ${escapeMarkdown(fact.text)}${escapeMarkdown(value)}`;
    }
    case 'claim': {
      const source = `${escapeMarkdown(fact.source.name)} (${fact.source.kind})`;
      return `sourced claim — source: ${fact.source.href ? `[${source}](${linkTarget(fact.source.href)})` : source}`;
    }
    case 'unsourced':
      return 'figure with no source given';
  }
}

function annotationBlock(a: Annotation): string {
  const lines = a.target.quote.exact.split(/\r\n|\r|\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd());
  lines.push('');
  const facts: string[] = [];
  if (a.label) facts.push(`**${LABEL_NAMES[a.label]}**`);
  if (a.tags.length > 0) facts.push(`tags: ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
  facts.push(`saved ${a.createdAt.slice(0, 10)}`);
  lines.push(facts.join(' · '));
  if (a.note !== '') {
    lines.push('');
    lines.push(...a.note.split(/\r\n|\r|\n/).map(escapeMarkdown));
  }
  if (a.fact) {
    lines.push('');
    lines.push(`_From a ${describeFact(a.fact)}_`);
  }
  return lines.join('\n');
}

export function toMarkdown(annotations: readonly Annotation[], options: { exportedAt?: string } = {}): string {
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const group = pages.get(a.page.url);
    if (group) group.push(a);
    else pages.set(a.page.url, [a]);
  }
  const exportedAt = options.exportedAt ?? new Date().toISOString();
  const out = [
    '# Claimlight annotations',
    '',
    `_${annotations.length} annotation${annotations.length === 1 ? '' : 's'} on ${pages.size} page${pages.size === 1 ? '' : 's'}, exported ${exportedAt.slice(0, 10)}_`,
  ];
  for (const [url, group] of pages) {
    const first = group[0]!;
    const title = first.page.title.trim() || url;
    out.push('', `## [${escapeMarkdown(title)}](${linkTarget(url)})`, '', `${escapeMarkdown(first.page.site)} · <${url.replace(/>/g, '%3E')}>`);
    const ordered = [...group].sort((a, b) => a.target.position.start - b.target.position.start);
    for (const a of ordered) out.push('', annotationBlock(a), '', '---');
  }
  return out.join('\n') + '\n';
}
