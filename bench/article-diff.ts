// Debug aid: which expected lines of a corpus page the adapter misses or adds, and the top
// candidate containers. Run: npx tsx bench/article-diff.ts NAME
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../src/dom/article/index';
import { scan } from '../src/dom/article/score';
import { CORPUS_DIR } from './corpus';
const name = process.argv[2]!;
const C = CORPUS_DIR + '/';
const html = readFileSync(name === 'seed' ? C + 'seed/amazon-openai.html' : C + 'pages/' + name + '.html', 'utf8');
const want = readFileSync(C + 'article-text/' + name + '.txt', 'utf8');
const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const a = readArticle(doc);
const got = a?.text ?? '';
const n = (s: string) => s.replace(/\s+/g, ' ').trim();
const gotN = n(got);
const wantN = n(want);
console.log('root:', a?.root.tagName, a?.root.getAttribute('class'), a?.root.id);
const sc = scan(doc.body);
const top = [...sc.scores.entries()].sort((x, y) => y[1] - x[1]).slice(0, 6);
for (const [el, s] of top) console.log('  cand', s.toFixed(1), el.tagName, el.getAttribute('class')?.slice(0, 60), el.id);
for (const line of want.split('\n')) if (line.trim() && !gotN.includes(n(line))) console.log('MISSING:', line.slice(0, 160));
for (const line of got.split('\n')) if (line.trim() && !wantN.includes(n(line))) console.log('EXTRA:', line.slice(0, 160));
