import { spanOf, type TimexRule } from '../timex-rule.js';
import { MOD_RE, wordAfter, wordBefore } from './patterns.js';

// A plural noun or unit right after a number means a count, not a year: "2000 people", "1500 troops", "1999 votes".
const COUNT_AFTER =
  /^(?:[a-z]*[^siu']s|people|percent|per|%|feet|foot|metres|meters|km|miles|tons|tonnes|pounds|dollars|euros|yen|m|bn|million|billion|times|hp|cc|kg)$/;
const UNIT_AFTER =
  /^(?:people|percent|per|%|feet|foot|metres|meters|km|miles|tons|tonnes|pounds|dollars|euros|yen|m|bn|million|billion|times|troops|soldiers|workers|jobs|votes|cases|deaths|members|seats|units|cars|homes|children|residents|pupils|students|refugees|barrels|points|shares)$/;
const BEFORE_NOT_YEAR =
  /^(?:\$|£|€|No\.|no\.|number|Number|Flight|flight|Route|route|Room|room|Dow|index|page|Page|at|of|to|than|about|nearly|almost|some|over|under|by|only|just|the)$/;
const BEFORE_YEAR =
  /^(?:in|since|of|by|from|to|until|till|through|during|before|after|early|late|mid|and|or|between|year|fiscal|FY|summer|spring|winter|autumn|fall|end|start|beginning|for|the|around|circa|about|until|season|election|elections|campaign|budget|vintage|class|census|World|Cup|Olympics|Games)$/i;

// "in 2000", "mid-2016", "fiscal 2017", "since 1999", "2016's election". Not "$2000", "2000 people", "2,000".
export const readYear: TimexRule = {
  name: 'dates/year',
  pattern: new RegExp(
    `(?<![\\w$£€.,:/-])${MOD_RE}(?:(?:fiscal|the\\s+year|FY)\\s*)?((?:1[5-9]|20)\\d\\d)(?![\\w%]|[.,:/]\\d|-\\d)`,
    'gi',
  ),
  requires: /(?:1[5-9]|20)\d\d/,
  read(m, ctx) {
    const year = m[1] ?? '';
    const yStart = m.index + m[0].length - year.length;
    const after = wordAfter(ctx.text, m.index + m[0].length);
    const before = wordBefore(ctx.text, m.index);
    const modified = m[0].length > year.length;
    if (ctx.text.slice(m.index + m[0].length).startsWith("'s")) return spanOf(m, 'DATE', year);
    const strong = /^(?:in|since|by|from|until|till|during|before|after|of)$/i.test(before);
    if (COUNT_AFTER.test(after) && !(strong && !UNIT_AFTER.test(after))) return null;
    // "at 10:39 a.m. local time (1639 UTC)", "from 2010 GMT": a clock time
    if (/^(?:UTC|GMT)$/.test(after)) return null;
    if (!modified && BEFORE_NOT_YEAR.test(before) && !BEFORE_YEAR.test(before)) return null;
    // A bare number far from any date context ("the score was 1999 to 2001") still reads as a year in news.
    void yStart;
    return spanOf(m, 'DATE', year);
  },
};
