// Query parameters of the read endpoints. Unknown parameters are refused so a typo ("speeker=") is not silently ignored.
import { z } from 'zod';

export const MAX_LIMIT = 200;

const datePrefix = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const limit = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(fallback);

export const quoteQuerySchema = z.strictObject({
  q: text(500).optional(),
  speaker: text(200).optional(),
  speakerId: text(300).optional(),
  from: datePrefix.optional(),
  to: datePrefix.optional(),
  outlet: text(200).optional(),
  type: z.enum(['direct', 'indirect', 'belief'], { error: 'must be direct, indirect or belief' }).optional(),
  article: text(300).optional(),
  clusterId: text(300).optional(),
  limit: limit(50),
  cursor: text(1000).optional(),
});

export const speakerQuerySchema = z.strictObject({
  q: text(200).optional(),
  limit: limit(50),
});

/** A path id (`/api/articles/:id`), wrapped so an error names "id". */
export const idSchema = z.object({
  id: z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
});

/** "2017" → "2017-12-31", "2017-02" → "2017-02-28": an upper bound that includes the whole period. */
export function endOfPeriod(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month) return value;
  const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}
