// Property: whatever annotations are exported (Claimlight JSON, W3C JSON-LD) import back identical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnnotation } from '../model/annotation.testing';
import { parseImport, toClaimlightJson, toW3C } from './index';

const list = fc.array(arbitraryAnnotation, { maxLength: 8 });

describe('export → import round trip', () => {
  it('Claimlight JSON gives back identical annotations', () => {
    fc.assert(
      fc.property(list, (annotations) => {
        const result = parseImport(toClaimlightJson(annotations));
        expect(result).toStrictEqual({ ok: true, format: 'claimlight', annotations });
      }),
      { numRuns: 300 },
    );
  });

  it('W3C JSON-LD gives back identical annotations', () => {
    fc.assert(
      fc.property(list, (annotations) => {
        const result = parseImport(toW3C(annotations));
        expect(result).toStrictEqual({ ok: true, format: 'w3c', annotations });
      }),
      { numRuns: 300 },
    );
  });
});
