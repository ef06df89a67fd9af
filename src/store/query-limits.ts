import { boundDate, type DateBounds } from './date-bounds.js';

export const DEFAULT_QUOTE_LIMIT = 50;
export const MAX_QUOTE_LIMIT = 1000;

/** A page size within 1 … MAX_QUOTE_LIMIT; DEFAULT_QUOTE_LIMIT when not given. */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_QUOTE_LIMIT;
  return Math.max(1, Math.min(Math.trunc(limit), MAX_QUOTE_LIMIT));
}

/** A `from`/`to` query date as the days it covers; a clear error for anything else. */
export function queryBound(value: string, name: string): DateBounds {
  const bound = boundDate(value);
  if (!bound) throw new Error(`invalid ${name} date '${value}' (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return bound;
}
