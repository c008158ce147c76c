// The content script's side of the engine: sends slices of the article's text to the
// background, which runs extractFacts there (docs/adr/engine-in-background.md), and hands
// back each slice's facts. The page's main thread only pays for the message.
import type { Facts } from '../../core/model';
import type { ExtractMeta, ExtractSlice } from '../../protocol';
import { askBackground } from './ask';
import { benchEngine, timedWait } from './bench-marks';

export async function extractInBackground(slices: ExtractSlice[], meta: ExtractMeta): Promise<Facts[]> {
  const reply = await timedWait(() => askBackground('facts/extract', { meta, slices }));
  if (!reply.ok) throw new Error(`Claimlight's engine did not answer (${reply.error}). Reload the page to try again.`);
  benchEngine(reply.value.ms);
  return reply.value.facts;
}
