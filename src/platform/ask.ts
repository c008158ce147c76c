// Sending protocol messages, typed by the protocol maps; every reply is a Result. A tab with
// no content script to answer (a browser page, a store page, a tab opened before install)
// yields the UNREACHABLE error.
import { envelope } from '../protocol/define';
import type { BackgroundRequests, ContentRequests } from '../protocol';
import type { PayloadOf, ResponseOf } from '../protocol/define';
import { fail, isResult, type Result } from '../protocol/result';
import { runtime, tabs } from './browser';

export const UNREACHABLE = 'unreachable';

async function deliver(send: () => Promise<unknown>): Promise<Result<never>> {
  try {
    const reply = await send();
    return (isResult(reply) ? reply : fail('no valid reply')) as Result<never>;
  } catch {
    return fail(UNREACHABLE);
  }
}

/** Asks the content script in a tab. */
export function askTab<K extends keyof ContentRequests & string>(
  tabId: number,
  type: K,
  payload: PayloadOf<ContentRequests[K]>,
): Promise<Result<ResponseOf<ContentRequests[K]>>> {
  return deliver(() => tabs.sendMessage(tabId, envelope(type, payload)));
}

/** Asks the background. */
export function askBackground<K extends keyof BackgroundRequests & string>(
  type: K,
  payload: PayloadOf<BackgroundRequests[K]>,
): Promise<Result<ResponseOf<BackgroundRequests[K]>>> {
  return deliver(() => runtime.sendMessage(envelope(type, payload)));
}
