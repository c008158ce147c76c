// Receiving protocol messages (any context; no polyfill, so the content script can use it)
// and our own identity for the routers' sender checks. Sending is in ./ask.
import type { Router, Self } from '../protocol/define';
import { nativeRuntime } from './native';

export function self(): Self {
  return { id: nativeRuntime.id, origin: nativeRuntime.getURL('') };
}

/** Answers incoming messages with the router (one router per context). */
export function serve(router: Router): () => void {
  return nativeRuntime.onMessage((message, sender) => router(message, sender));
}
