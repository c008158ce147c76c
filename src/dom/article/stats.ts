// Per-element text measurements gathered in the scorer's single walk and reused when
// the article's text is collected (link density, commas, what a container holds).

export interface ElementStats {
  /** characters of text (trimmed per text node) */
  text: number;
  /** characters of text inside links */
  link: number;
  commas: number;
  /** descendant counts */
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** text directly inside, or inside inline children: what Readability would wrap in a <p> */
  inline: number;
}

export function emptyStats(): ElementStats {
  return { text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, inline: 0 };
}

export function linkDensity(s: ElementStats): number {
  return s.text > 0 ? s.link / s.text : 0;
}
