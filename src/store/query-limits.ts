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

/**
 * The earliest first day a quote can have and still reach `from`: a value covers at most a year, so a quote whose
 * last day is on or after `from` starts at most 366 days before it. Lets the date index bound both ends.
 */
export function earliestStart(from: string): string {
  const day = new Date(`${from}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 366);
  return day.toISOString().slice(0, 10);
}
