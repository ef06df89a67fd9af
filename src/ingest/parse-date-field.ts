// Publication dates as inputs write them: ISO dates and timestamps, RFC 822 (feeds), "June 4, 2017" (pages).
// The calendar date is the one written (the publisher's local date), never shifted to UTC.

export interface ArticleDate {
  /** YYYY-MM-DD */
  date: string;
  /** The full timestamp when the input had one (ISO 8601). */
  published?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A real calendar date as YYYY-MM-DD, or null ("2017-02-30" → null). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date of a date field, or null when the value is not a date this reads. */
export function parseDateField(value: string): ArticleDate | null {
  const text = value.trim();
  // "2017-06-04", "2017-06-04T10:00:00+03:00", "2017-06-04 10:00:00"
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (iso) {
    const date = toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    return iso[4] ? { date, published: text } : { date };
  }
  // "Sun, 04 Jun 2017 23:10:00 -0500"
  const rfc =
    /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})(?:\s+\d{1,2}:\d{2})?/.exec(text);
  if (rfc) return withTimestamp(text, Number(rfc[3]), monthOf(rfc[2]), Number(rfc[1]));
  // "June 4, 2017", "Jun. 4 2017 10:00 AM"
  const named = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(
    text,
  );
  if (named) return withTimestamp(text, Number(named[3]), monthOf(named[1]), Number(named[2]));
  return null;
}

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').toLowerCase().slice(0, 3)) + 1;
}

function withTimestamp(text: string, year: number, month: number, day: number): ArticleDate | null {
  const date = toIsoDate(year, month, day);
  if (!date) return null;
  const time = Date.parse(text);
  return /\d{1,2}:\d{2}/.test(text) && Number.isFinite(time)
    ? { date, published: new Date(time).toISOString() }
    : { date };
}
