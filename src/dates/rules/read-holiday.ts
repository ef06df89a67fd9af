import { isHolidayInName } from '../../segment/holiday-in-name.js';
import { type Day, formatDay } from '../calendar.js';
import { MOVABLE_FEASTS } from '../movable-feasts.js';
import { feastDayValue, monthDayValue } from '../resolve-value.js';
import { spanOf, type TimexContext, type TimexMatch, type TimexRule } from '../timex-rule.js';
import { atSentenceStart } from './patterns.js';

const FIXED: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  christmas: [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'boxing day': [12, 26],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  'armistice day': [11, 11],
  'veterans day': [11, 11],
  "st patrick's day": [3, 17],
  "st. patrick's day": [3, 17],
};

// A capitalised word that makes a movable feast another one: "Orthodox Easter", "International Labor Day",
// "Holocaust Memorial Day", "Canadian Thanksgiving" (not a word opening the sentence: "Easter fell late.")
const QUALIFIED = /\p{Lu}[\p{L}'’.-]*[ \t]+$/u;

// "on Christmas Day", "by Christmas", "on New Year's Eve", "Christmas 2016"; the movable feasts: "at Easter",
// "on Good Friday", "over Thanksgiving", "on Memorial Day 2016", "on Black Friday"
export const readHoliday: TimexRule = {
  name: 'dates/holiday',
  pattern:
    /\b(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Boxing Day|Halloween|Valentine's Day|Independence Day|Bastille Day|Armistice Day|Veterans Day|St\.? Patrick's Day|Easter(?: Sunday| Day| Monday)?|Good Friday|(?:Holy|Maundy) Thursday|Palm Sunday|Ash Wednesday|Ascension Day|Pentecost(?: Sunday)?|Whit (?:Sunday|Monday)|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Memorial Day|Labor Day|Martin Luther King(?: Jr\.)? Day|Presidents'? Day|Columbus Day)(?![A-Za-z])(?:\s+(\d{4})\b)?/g,
  requires:
    /Christmas|New Year's|Boxing Day|Halloween|Valentine's Day|Independence Day|Bastille Day|Armistice Day|Veterans Day|Patrick's Day|Easter|Good Friday|(?:Holy|Maundy) Thursday|Palm Sunday|Ash Wednesday|Ascension Day|Pentecost|Whit |Thanksgiving|Black Friday|Cyber Monday|Memorial Day|Labor Day|King(?: Jr\.)? Day|Presidents'? Day|Columbus Day/,
  read(m, ctx) {
    const name = (m[1] ?? '').toLowerCase();
    const md = FIXED[name];
    const feast = MOVABLE_FEASTS[name];
    if (!md && !feast) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(?:tree|card|present|gift|shopping|party|market|holiday|season|sales|break)/i.test(after))
      return null;
    // "the Grand Orchestra of Christmas Charity", "Christmas Island": a word of a name
    if (isHolidayInName(ctx.text, m.index, m.index + m[0].length)) return null;
    if (feast) return readFeast(m, ctx, feast, after);
    if (!md) return null;
    if (m[2]) return spanOf(m, 'DATE', formatDay({ y: Number(m[2]), m: md[0], d: md[1] }));
    const value = monthDayValue(ctx, md[0], md[1], ctx.cueAt(m.index, m.index + m[0].length));
    return value ? spanOf(m, 'DATE', value) : null;
  },
};

// "at Easter", "on Thanksgiving Day", "Good Friday 2016": the feast's day that year, or in the nearest year
// (never "Easter eggs", "the Thanksgiving weekend", "Orthodox Easter", "Easter Rising")
function readFeast(
  m: RegExpExecArray,
  ctx: TimexContext,
  dayOf: (y: number) => Day,
  after: string,
): TimexMatch | null {
  if (/^\s+(?:eggs?|bunny|weekend|recess|dinner|turkey|travel|rush|vacation|week)\b/i.test(after))
    return null;
  const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
  if (
    QUALIFIED.test(before) &&
    !atSentenceStart(ctx.text, m.index - (QUALIFIED.exec(before)?.[0].length ?? 0))
  )
    return null;
  if (m[2]) return spanOf(m, 'DATE', formatDay(dayOf(Number(m[2]))));
  const value = feastDayValue(ctx, dayOf, ctx.cueAt(m.index, m.index + m[0].length));
  return value ? spanOf(m, 'DATE', value) : null;
}
