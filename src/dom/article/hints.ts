// Hints for telling an article's body from page chrome, in the spirit of Mozilla's
// Readability: tag sets and class/id word lists. Data only, shared by the scorer, the
// text collector and the cheap "is this an article?" check.

/** Never read: no visible prose inside. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'LINK', 'META', 'DIALOG',
]);

/** Page chrome by tag: read for nothing inside an article. */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIELDSET', 'MENU']);

/** Block-level tags: a line break before and after their text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Tags whose text is scored as one paragraph. */
export const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Starting score of a candidate container, by tag. */
export const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  DIV: 5, ARTICLE: 5, MAIN: 5, SECTION: 2, PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};

/** class/id words of containers that are not the article (unless also POSSIBLY_ARTICLE). */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|most-?read|most-?popular|trending|newsletter|subscribe|recirc|outbrain|taboola|paywall|cookie/i;
export const POSSIBLY_ARTICLE = /and|article|body|column|content|main|mathjax|shadow/i;
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** class/id words that raise (+25) or lower (-25) a container's weight. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|dateline|most-?read|newsletter/i;

/** Bylines and datelines inside the article: dropped from its text when short. */
export const BYLINE = /byline|author|dateline|writtenby|p-author|timestamp|pubdate|published/i;

/** Small share/social widgets inside the article. */
export const SHARE = /share|sharing|social|sociable/i;

/** Commas, in several scripts: a sign of prose. */
export const COMMA = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
