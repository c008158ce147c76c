// Debug aid: the ancestors of the first text node holding a phrase, with their class,
// id, style and role. Run: npx tsx bench/article-ancestors.ts NAME "phrase" [HOW_MANY]
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CORPUS_DIR } from './corpus';

const [name = '', needle = '', limit = '8'] = process.argv.slice(2);
const file = name === 'seed' ? CORPUS_DIR + '/seed/amazon-openai.html' : CORPUS_DIR + '/pages/' + name + '.html';
const doc = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
const walker = doc.createTreeWalker(doc.body, 4);
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  if (!(t as Text).data.includes(needle)) continue;
  let shown = 0;
  for (let e = t.parentElement; e && shown++ < Number(limit); e = e.parentElement) {
    const attrs = ['class', 'id', 'style', 'role', 'hidden', 'aria-hidden'].map((a) => (e!.hasAttribute(a) ? `${a}=${JSON.stringify(e!.getAttribute(a))}` : '')).filter(Boolean);
    console.log(e.tagName, attrs.join(' '));
  }
  break;
}
