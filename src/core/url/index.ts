// Page URL normalisation: the key annotations are stored and found under.
export { normalizePageUrl, siteOf, isTrackingParam } from './page-url';
