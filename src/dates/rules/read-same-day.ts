import { dayOffsetValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "Earlier in the day, …", "… later in the day", "spoke earlier today", "later today": the publication day
export const readSameDay: TimexRule = {
  name: 'dates/same-day',
  pattern: /\b(?:earlier|later)\s+(?:in\s+the\s+day|today)\b/gi,
  requires: /\b(?:earlier|later)\b/i,
  read(m, ctx) {
    return spanOf(m, 'DATE', dayOffsetValue(ctx, 0, /today$/i.test(m[0]) ? 'PRESENT_REF' : 'XXXX-XX-XX'));
  },
};
