// Small structural checks for message payloads: received data is unknown until proven.

export type Validator<T> = (x: unknown) => x is T;

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A payload with no fields: {} (undefined is normalised to {} before validation). */
export const isEmpty: Validator<Record<string, never>> = (x): x is Record<string, never> =>
  isRecord(x) && Object.keys(x).length === 0;

export const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** An object with exactly these keys, each passing its check. */
export function shape<T>(checks: { [K in keyof T]: (v: unknown) => boolean }): Validator<T> {
  const keys = Object.keys(checks) as (keyof T & string)[];
  return (x: unknown): x is T => {
    if (!isRecord(x)) return false;
    if (Object.keys(x).some((k) => !(k in checks))) return false;
    return keys.every((k) => (checks[k] as (v: unknown) => boolean)(x[k]));
  };
}
