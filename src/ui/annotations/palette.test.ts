// Highlight names by label and colour, and the style rule each name is painted with.
import { describe, expect, it } from 'vitest';
import { noteHighlightName, noteHighlightRule } from './palette';

describe('note highlight names', () => {
  it('are claimlight-note-<label>, with the colour only when it is not the label’s own', () => {
    expect(noteHighlightName({ label: 'verified', color: 'green' })).toBe('claimlight-note-verified');
    expect(noteHighlightName({ label: null, color: 'yellow' })).toBe('claimlight-note-none');
    expect(noteHighlightName({ label: 'needs-source', color: 'blue' })).toBe('claimlight-note-needs-source--blue');
  });

  it('each label and colour has a rule for its own name: the label sets the line, the colour the tint', () => {
    expect(noteHighlightRule({ label: 'disputed', color: 'blue' })).toBe(
      '::highlight(claimlight-note-disputed--blue) { background-color: rgba(59, 130, 246, 0.34); text-decoration: underline wavy #2563eb; text-decoration-thickness: 2px; text-underline-offset: 3px; }',
    );
    expect(noteHighlightRule({ label: null, color: 'yellow' })).toMatch(/^::highlight\(claimlight-note-none\) \{ background-color: rgba\(250, 204, 21, 0\.45\); text-decoration: underline solid #a16207;/);
  });
});
