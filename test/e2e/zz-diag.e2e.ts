import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/session';

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Annotate me | E2E Gazette</title></head>
<body><main><article><h1>Chipmaker weighs a buyback</h1>
<p>Markets were calm. The chipmaker reported revenue of $12.4 billion for the quarter on Wednesday, as demand for data-center processors kept climbing through the winter months and into the spring.</p>
<p>People familiar with the matter said the board had discussed a buyback of roughly $5 billion, though no decision has been made and the timing remains uncertain for now, according to two people briefed on it.</p>
<p>The results arrive at a delicate moment for the whole industry, which has spent the past year arguing about whether the boom in artificial intelligence spending can last.</p>
</article></main></body></html>`;

function selectQuote(quote: string) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    node.parentElement?.scrollIntoView({ block: 'center' });
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x: last.right, top: rects[0]!.top, bottom: last.bottom };
  }
  return null;
}
function findLayerPoint(box: { x: number; top: number; bottom: number }) {
  const ys: number[] = [];
  for (let dy = 2; dy <= 70; dy += 2) ys.push(box.top - dy, box.bottom + dy);
  for (const y of ys) for (let dx = -40; dx <= 40; dx += 4) {
    const el = document.elementFromPoint(box.x + dx, y);
    if (el?.tagName.toLowerCase() === 'claimlight-annotate') return { x: box.x + dx, y, t: performance.now().toFixed(0) };
  }
  return null;
}

describeInBrowsers('diag', (session, name) => {
  it('first click opens the editor', async () => {
    session.server.generated['d.html'] = html;
    let fails = 0;
    for (let run = 0; run < Number(process.env.DIAG_N ?? 8); run++) {
      const page = await session.browser.newPage();
      await page.goto(session.server.url('/generated/d.html?' + run));
      await page.waitFor(() => document.readyState === 'complete', undefined);
      await new Promise((r) => setTimeout(r, 1_000));
      const box = await page.evaluate(selectQuote, 'the board had discussed a buyback');
      let point: { x: number; y: number; t: string } | null = null;
      for (let i = 0; i < 30 && !point; i++) {
        await new Promise((r) => setTimeout(r, 200));
        point = await page.evaluate(findLayerPoint, box!);
      }
      const t0 = await page.evaluate(() => performance.now().toFixed(0), undefined);
      await page.clickAt(point!.x, point!.y);
      const ok = await page.waitFor(() => document.activeElement?.tagName.toLowerCase() === 'claimlight-annotate', undefined, 3000).then(() => true, () => false);
      if (!ok) fails++;
      console.log(name, run, ok ? 'OK' : 'FAIL', JSON.stringify(box), JSON.stringify(point), 'clickAt', t0, '\n  ' + page.errors.filter((e) => e.includes('CLDBG')).map((e) => e.slice(0, 220)).join('\n  '));
      await page.close();
    }
    expect(fails).toBe(0);
  });
});
