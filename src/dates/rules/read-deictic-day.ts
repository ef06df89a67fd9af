import { dayOffsetValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isDayWordInName } from './is-day-word-in-name.js';

const OFFSETS: Record<string, number> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  tonight: 0,
  'last night': -1,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
};
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

// "yesterday", "today", "tomorrow morning", "tonight", "last night", "this morning", "the day before yesterday"
export const readDeicticDay: TimexRule = {
  name: 'dates/deictic-day',
  pattern:
    /\b(?:(the day (?:before yesterday|after tomorrow))|(today|yesterday|tomorrow)(?:'s)?(?:\s+(morning|afternoon|evening|night))?|(tonight|last night|this (?:morning|afternoon|evening)))\b/gi,
  requires: /today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)/i,
  read(m, ctx) {
    if (m[1]) {
      const off = m[1].toLowerCase().endsWith('yesterday') ? -2 : 2;
      return spanOf(m, 'DATE', dayOffsetValue(ctx, off, 'XXXX-XX-XX'));
    }
    if (m[2]) {
      // "according to USA Today", "the Today programme"
      if (isDayWordInName(ctx.text, m.index, m.index + m[2].length)) return null;
      const word = m[2].toLowerCase();
      const value = dayOffsetValue(ctx, OFFSETS[word] ?? 0, word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX');
      const end = m.index + m[0].length - (m[0].endsWith("'s") ? 2 : 0);
      if (m[3])
        return { start: m.index, end, type: 'TIME', value: `${value}T${PARTS[m[3].toLowerCase()] ?? 'XX'}` };
      return { start: m.index, end, type: 'DATE', value };
    }
    const phrase = (m[4] ?? '').toLowerCase();
    const part =
      phrase === 'tonight' || phrase === 'last night' ? 'NI' : (PARTS[phrase.split(' ')[1] ?? ''] ?? 'XX');
    return spanOf(m, 'TIME', `${dayOffsetValue(ctx, OFFSETS[phrase] ?? 0, 'XXXX-XX-XX')}T${part}`);
  },
};
