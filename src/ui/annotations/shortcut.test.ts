// The hint shown to readers names the key the manifest asks the browser for.
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { ANNOTATE_SHORTCUT } from './shortcut';

describe('annotate shortcut', () => {
  it('matches manifest.json', () => {
    expect(manifest.commands['annotate-selection'].suggested_key.default).toBe(ANNOTATE_SHORTCUT);
  });
});
