import {
  onlyPastDayBetween,
  sentenceStartsBefore,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// The group a named spokesman speaks for, told by the mention: "Tom Varga, a spokesman for the Lornton police",
// "Ann Roe, the spokeswoman of the Tarn Ministry", "Tarn Ministry spokesman Tom Varga".
const FOR_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}.'-]+\s+){0,2}?spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?((?:[\p{L}.'&-]+\s*){1,5})/u;
const BEFORE_NAME =
  /((?:\p{Lu}[\p{L}.'&-]*\s+){1,4})spokes(?:man|woman|person)\s+(?:\p{Lu}[\p{L}.'-]*\s*){1,3}$/u;
// Words of the group's name that name no group: "the office of", "the Lornton office".
const NOT_GROUP = new Set([
  'the',
  'of',
  'in',
  'at',
  'for',
  'and',
  'office',
  'offices',
  'said',
  'says',
  'told',
]);
// What a group's dated statement may open with: its subject (the group's words among them), then the day
// ("Lornton police officials on Saturday played down …") or the day first ("On Saturday, Lornton police denied …").
const SUBJECT_THEN_DAY = /^(?:(?:the|a)\s+)?(?:[\p{L}.'&-]+\s+){1,5}(?:on\s+)?$/iu;
const DAY_OPENS = /^(?:on\s+)?$/i;
// The statement's verb: a statement narrated ("played down", "denied", "said", "confirmed").
const VERBS =
  '(?:said|says|confirmed|announced|denied|played down|dismissed|rejected|insisted|warned|stated|declined|refused|defended|welcomed|criticized|criticised|condemned)';
// after the day its subject opened: "… officials on Saturday played down", "… on Friday formally denied"
const VERB_NEXT = new RegExp(`^\\s*(?:\\p{L}+ly\\s+)?${VERBS}\\b`, 'iu');
// after a day opening the sentence, the subject then the verb: "On Friday, the Tarn Ministry denied"
const SUBJECT_VERB = new RegExp(
  `^\\s*,?\\s*((?:[\\p{L}.'&-]+\\s+){1,5}?)(?:\\p{L}+ly\\s+)?${VERBS}\\b`,
  'iu',
);
// How far back the group's sentence may start (the sentence before the quote's, or the one before that).
const REACH = 600;

/** The words of the group a quote's named source is spokesman for, or null. */
function groupWords(
  text: string,
  quote: { mention: { start: number; end: number } | null },
): string[] | null {
  const m = quote.mention;
  if (!m) return null;
  const after = FOR_AFTER.exec(text.slice(m.end, m.end + 80).split(/[\n;"\u201C\u201D`]|\.(?=\s)/)[0] ?? '');
  const before = BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 50), m.end));
  const words = (after?.[1] ?? before?.[1] ?? '')
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase().replace(/[.'-]+$/, ''))
    .filter((w) => w.length >= 3 && !NOT_GROUP.has(w));
  return words.length ? words : null;
}

const hasWord = (text: string, words: readonly string[]): boolean =>
  words.some((w) =>
    new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, 'iu').test(text),
  );

// '"We are checking dozens of leads," said Tom Varga, a spokesman for the Lornton police.' after "Lornton police
// officials on Saturday played down reports of a suspect." — the spokesman speaks for the group whose statement the
// sentence before dates, and takes its day (the group's words in that sentence's subject, the day right after it
// or opening it, a verb of statement next; no other day between).
export const whenGroupSpokesman: WhenRule = {
  name: 'link/when-group-spokesman',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const published = doc.article.date;
    if (!published || !quote.cue || !quote.mention) return null;
    const folded = doc.folded;
    const words = groupWords(folded, quote);
    if (!words) return null;
    const text = withoutAbbreviations(folded);
    const at = Math.min(quote.start, quote.cue.start, quote.mention.start);
    const starts = sentenceStartsBefore(text, at, REACH);
    // the sentence before the quote's, then the one before that
    for (const from of starts.slice(1, 3)) {
      const t = timexes.find((x) => x.start >= from && x.start - from <= 80);
      if (!t || t.start >= at) continue;
      const lead = text.slice(from, t.start);
      if (/["\u201C\u201D`]/.test(lead)) continue;
      const next = text.slice(t.end, t.end + 80);
      let subject: string | null = null;
      if (DAY_OPENS.test(lead)) subject = SUBJECT_VERB.exec(next)?.[1] ?? null;
      else if (SUBJECT_THEN_DAY.test(lead) && VERB_NEXT.test(next)) subject = lead;
      if (subject === null || !hasWord(subject, words)) continue;
      if (!toWhen(t)) continue;
      const only = onlyPastDayBetween(timexes, t.start, at, published);
      return only && only.timex === t ? only : null;
    }
    return null;
  },
};
