// Loads a saved HTML page into jsdom (no scripts, no network, no sub-resources) and reads
// its article with the DOM adapter. Failures are reported as PageError with a short reason.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type ArticleText, readArticle } from '../dom/article/index';

export class PageError extends Error {
  override name = 'PageError';
}

const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|article|main|div|p|section)[\s>]/i;

export async function readPage(file: string): Promise<ArticleText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PageError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) || !LOOKS_LIKE_HTML.test(head.toString('utf8'))) throw new PageError('not an HTML page');
  const dom = new JSDOM(bytes.toString('utf8'), {
    url: pathToFileURL(path.resolve(file)).href,
    virtualConsole: new VirtualConsole(), // saved pages' broken CSS is not our business
  });
  const article = readArticle(dom.window.document);
  if (!article) throw new PageError('no article text found');
  return article;
}
