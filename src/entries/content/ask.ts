// Asking the background from the content script, typed by the protocol, without the polyfill
// (platform/native): every reply is a Result; no answer at all becomes "unreachable".
import type { BackgroundRequests } from '../../protocol';
import { envelope, type PayloadOf, type ResponseOf } from '../../protocol/define';
import { fail, isResult, type Result } from '../../protocol/result';
import { nativeRuntime } from '../../platform/native';

export async function askBackground<K extends keyof BackgroundRequests & string>(
  type: K,
  payload: PayloadOf<BackgroundRequests[K]>,
): Promise<Result<ResponseOf<BackgroundRequests[K]>>> {
  try {
    const reply = await nativeRuntime.sendMessage(envelope(type, payload));
    return (isResult(reply) ? reply : fail('no valid reply')) as Result<ResponseOf<BackgroundRequests[K]>>;
  } catch {
    return fail('unreachable');
  }
}
