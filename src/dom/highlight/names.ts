// The names of Claimlight's CSS Custom Highlights (styled by ::highlight(name) rules in
// ./highlights.css, on the page only while they are shown: ./styles.ts) and their priorities. Tests and the annotation feature rely on these names.
// A reader's annotations use `claimlight-note-<label>` with a priority above AUTO_MAX_PRIORITY,
// so they win over the automatic styles where they overlap.

export const HL_FIGURE = 'claimlight-figure';
export const HL_CLAIM_NAMED = 'claimlight-claim-named';
export const HL_CLAIM_VAGUE = 'claimlight-claim-vague';
export const HL_UNSOURCED = 'claimlight-unsourced';
export const HL_FLASH = 'claimlight-flash';
export const HL_NOTE_PREFIX = 'claimlight-note-';

export type AutoHighlight = typeof HL_FIGURE | typeof HL_CLAIM_NAMED | typeof HL_CLAIM_VAGUE | typeof HL_UNSOURCED;
export const AUTO_HIGHLIGHTS: readonly AutoHighlight[] = [HL_UNSOURCED, HL_CLAIM_VAGUE, HL_CLAIM_NAMED, HL_FIGURE];

/** Higher paints on top. Sentence underlines lowest, figures above them, the flash above all
 *  automatic ones; notes should use NOTE_PRIORITY (or more). */
export const PRIORITY: Readonly<Record<AutoHighlight | typeof HL_FLASH, number>> = {
  [HL_UNSOURCED]: 0,
  [HL_CLAIM_VAGUE]: 1,
  [HL_CLAIM_NAMED]: 1,
  [HL_FIGURE]: 2,
  [HL_FLASH]: 3,
};
export const AUTO_MAX_PRIORITY = 3;
export const NOTE_PRIORITY = 10;
