// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchContent } from './mutations';

describe('watchContent', () => {
  afterEach(() => vi.useRealTimers());

  it('calls back once after the page settles, ignoring our own card host', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>One.</p></article>';
    const settled = vi.fn();
    const isOurs = (n: Node): boolean => n.nodeName === 'CLAIMLIGHT-CARD' || !!(n.parentNode && n.parentNode.nodeName === 'CLAIMLIGHT-CARD');
    const stop = watchContent(document.body, settled, { debounceMs: 100, isOurs });

    const host = document.createElement('claimlight-card');
    document.body.append(host);
    host.append(document.createElement('div'));
    host.remove();
    await Promise.resolve(); // deliver mutation records
    vi.advanceTimersByTime(500);
    expect(settled).not.toHaveBeenCalled();

    for (const text of ['Two.', 'Three.']) {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('article')!.append(p);
      await Promise.resolve();
      vi.advanceTimersByTime(50);
    }
    expect(settled).not.toHaveBeenCalled(); // still changing
    vi.advanceTimersByTime(100);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });
});
