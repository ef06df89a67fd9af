import { WEEKDAYS } from '../lexicon.js';
import { weekdayValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isCapitalized } from './patterns.js';

const NEWSPAPER_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Tribune|Independent|Observer|Sport)\b/;
// A day named for an event, not a weekday near the story: "Bloody Sunday", "Black Monday" (1987), "Black Friday"
// (read as a feast when it can be: read-holiday.ts), "Cyber Monday", "Giving Tuesday", "Blue Monday"
const EVENT_NAME_BEFORE = /\b(?:Black|Bloody|Cyber|Giving|Blue)\s+$/;
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

// "on Friday", "said Friday", "last Friday", "next Tuesday", "Friday night", "early Friday"
export const readWeekday: TimexRule = {
  name: 'dates/weekday',
  pattern:
    /\b(?:(last|next|this|this past|this coming|coming|past|previous)\s+)?(?:(?:early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?:\s+(morning|afternoon|evening|night))?\b/gi,
  read(m, ctx) {
    const word = m[2] ?? '';
    const wd = WEEKDAYS[word.toLowerCase()];
    if (!wd || !isCapitalized(word, 0)) return null;
    // "the Sunday Times", "The Sunday Telegraph reported": a newspaper's name
    if (!m[3] && NEWSPAPER_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      return null;
    const rel = (m[1] ?? '').toLowerCase();
    if (!rel && EVENT_NAME_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    let value: string;
    if (rel === 'last' || rel === 'past' || rel === 'this past' || rel === 'previous')
      value = weekdayValue(ctx, wd, 'past', true);
    else if (rel === 'next' || rel === 'coming' || rel === 'this coming')
      value = weekdayValue(ctx, wd, 'future', true);
    // "This Wednesday X emphasized …": a clear tense decides; without one, the coming day
    else if (rel === 'this')
      value = weekdayValue(ctx, wd, ctx.cueAt(m.index, m.index + m[0].length) ?? 'future');
    // "Wednesday's ruling": a possessive weekday names something that already happened
    else if (m[0].endsWith("'s")) value = weekdayValue(ctx, wd, 'past');
    else value = weekdayValue(ctx, wd, ctx.directionAt(m.index, m.index + m[0].length));
    const part = m[3] ? PARTS[m[3].toLowerCase()] : undefined;
    const end = m[0].endsWith("'s") ? m.index + m[0].length - 2 : m.index + m[0].length;
    if (part) return { start: m.index, end, type: 'TIME', value: `${value}T${part}` };
    return { start: m.index, end, type: 'DATE', value };
  },
};
void spanOf;
