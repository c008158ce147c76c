// The reply to every message: { ok: true, value } or { ok: false, error }.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** Is this a well-formed Result (as received over the wire)? */
export function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (r.ok === true && 'value' in r) || (r.ok === false && typeof r.error === 'string');
}
