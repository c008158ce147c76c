// Highlight names by label and colour, and the shipped notes.css matching the palette.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteHighlightCss, noteHighlightName } from './palette';

describe('note highlight names', () => {
  it('are claimlight-note-<label>, with the colour only when it is not the label’s own', () => {
    expect(noteHighlightName({ label: 'verified', color: 'green' })).toBe('claimlight-note-verified');
    expect(noteHighlightName({ label: null, color: 'yellow' })).toBe('claimlight-note-none');
    expect(noteHighlightName({ label: 'needs-source', color: 'blue' })).toBe('claimlight-note-needs-source--blue');
  });

  it('every name has a rule in the content stylesheet notes.css (regenerate it from noteHighlightCss when this fails)', () => {
    const css = readFileSync(resolve(__dirname, '../../entries/content/annotate/notes.css'), 'utf8');
    for (const rule of noteHighlightCss().split('\n')) expect(css).toContain(rule);
  });
});
