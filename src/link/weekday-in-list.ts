import type { TimeExpression } from '../types.js';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// Another weekday joined to the day by a comma, "and", "or" or "to": "on Thursday, Monday and Tuesday".
const LIST_AFTER = new RegExp(`^\\s*(?:,|and|or|to|through)\\s*(?:and\\s+|or\\s+)?(?:on\\s+)?${WEEKDAY}\\b`);
const LIST_BEFORE = new RegExp(`\\b${WEEKDAY}\\s*(?:,|and|or|to|through)\\s*(?:and\\s+|or\\s+)?(?:on\\s+)?$`);

/**
 * True when a weekday stands in a list of weekdays: "had excess reserves on Thursday, Monday and Tuesday and a
 * deficit on Friday" (days of a past week counted over, not a story's day: in a Thursday story the first
 * "Thursday" is a week old).
 */
export function isWeekdayInList(text: string, day: TimeExpression): boolean {
  return (
    LIST_AFTER.test(text.slice(day.end, day.end + 30)) ||
    LIST_BEFORE.test(text.slice(Math.max(0, day.start - 30), day.start))
  );
}
