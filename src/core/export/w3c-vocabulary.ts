// The W3C Web Annotation terms Claimlight writes and reads, and its own extension terms
// (page title, site, colour, fact) that make the W3C export lossless.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** JSON-LD prefix for Claimlight's extension properties ("claimlight:color" …). */
export const CLAIMLIGHT_PREFIX = 'claimlight';
export const CLAIMLIGHT_NAMESPACE = 'urn:claimlight:ns:';
export const COLLECTION_CONTEXT = [ANNO_CONTEXT, { [CLAIMLIGHT_PREFIX]: CLAIMLIGHT_NAMESPACE }] as const;

export const EXT = {
  title: 'claimlight:pageTitle',
  site: 'claimlight:site',
  color: 'claimlight:color',
  fact: 'claimlight:fact',
} as const;

/** Body purposes: the note comments, each tag tags, the label assesses. */
export const PURPOSE = { note: 'commenting', tag: 'tagging', label: 'assessing' } as const;

export const URN_UUID = 'urn:uuid:';
