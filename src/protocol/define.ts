// How a message type is declared and received. A spec names who may send it and how to
// validate its payload; a router checks the sender, validates, runs the handler and always
// replies with a Result. Unknown types and bad payloads are rejected, never guessed at.
import { fail, ok, type Result } from './result';
import type { Validator } from './validate';

/** Who sent a message: one of our extension pages (popup, library, background) or our
 *  content script in a tab. Anything else (other extensions, web pages) is refused. */
export type SenderKind = 'extension' | 'content';

export interface RequestSpec<P, R> {
  from: readonly SenderKind[];
  validate: Validator<P>;
  /** phantom: the type of the reply's value */
  readonly response?: R;
}

/** Declares a request type: who may send it, its payload check, its reply type. */
export function request<P, R>(from: readonly SenderKind[], validate: Validator<P>): RequestSpec<P, R> {
  return { from, validate };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpecMap = Record<string, RequestSpec<any, any>>;
export type PayloadOf<S> = S extends RequestSpec<infer P, unknown> ? P : never;
export type ResponseOf<S> = S extends RequestSpec<unknown, infer R> ? R : never;

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Handler<S> = (payload: PayloadOf<S>, sender: Sender) => ResponseOf<S> | Promise<ResponseOf<S>>;
export type Handlers<M extends SpecMap> = { [K in keyof M]: Handler<M[K]> };

/** The wire form of every message. */
export interface Envelope {
  type: string;
  payload: unknown;
}

export function envelope(type: string, payload: unknown): Envelope {
  return { type, payload: payload ?? {} };
}

/** Our own identity, to tell our senders from others. */
export interface Self {
  id: string;
  /** "chrome-extension://ID/" or "moz-extension://UUID/" */
  origin: string;
}

export function senderKind(sender: Sender, self: Self): SenderKind | null {
  if (sender.id !== self.id) return null;
  if (sender.url !== undefined && sender.url.startsWith(self.origin)) return 'extension';
  if (sender.tab?.id !== undefined) return 'content';
  // Our background has no tab; some browsers leave its url out.
  return sender.url === undefined ? 'extension' : null;
}

export type Router = (message: unknown, sender: Sender) => Promise<Result<unknown>>;

export function createRouter<M extends SpecMap>(specs: M, handlers: Partial<Handlers<M>>, self: Self): Router {
  return async (message, sender) => {
    if (typeof message !== 'object' || message === null) return fail('not a message');
    const { type, payload } = message as Partial<Envelope>;
    if (typeof type !== 'string' || !Object.hasOwn(specs, type)) return fail(`unknown message type: ${String(type)}`);
    const spec = specs[type]!;
    const handler = handlers[type];
    if (!handler) return fail(`no handler here for ${type}`);
    const kind = senderKind(sender, self);
    if (kind === null || !spec.from.includes(kind)) return fail(`sender not allowed for ${type}`);
    const body = payload ?? {};
    if (!spec.validate(body)) return fail(`invalid payload for ${type}`);
    try {
      return ok(await handler(body as never, sender));
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
  };
}
