import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';
import { sentenceStartAt, toWhen, type WhenFound, type WhenRule, withoutAbbreviations } from './when-rule.js';

// An unnamed voice of an organisation: "a spokesman", "Soviet officials", "a State Department spokesman" (the words
// before the head are the qualifier).
const VOICE =
  /^(?:(?:an?|the|one|two|some|several|other)\s+)?((?:[\p{L}.'-]+\s+){0,4}?)(?:spokes(?:man|woman|person)|officials?|representatives?)$/iu;
// Qualifier words that name no other organisation: "a senior official", "a press spokesman".
const BARE_QUALIFIER = /^(?:senior|top|chief|press|also|another)$/i;
// The head of an organisation's name: "the British Foreign Office", "the Soviet Union", "the State Department".
const ORGANISATION_HEAD =
  /\b(?:Office|Ministry|Department|Union|Government|Embassy|Agency|Commission|Council|Committee|Pentagon|Police|Army|Navy|Command|Service|Board|Authority|Administration|Secretariat|Federation|Organi[sz]ation|Party|Company|Corp|Corporation|Inc|Ltd|Group|Bank)\.?$/;
// Words of another occasion in the quote's own sentence.
const OCCASION =
  /\b(?:interview|earlier|later|previously|recently|ago|since|last (?:week|month|year)|told (?:reporters|journalists)|statement|letter|tweet(?:ed)?|posted|wrote)\b/i;
// Cues of words said at a time the story does not tell: "has said", "would say".
const NOT_TOLD_NOW = /^(?:has|have|had|will|would|could|might)\b/i;

// A role word by a name, with the capitalised qualifier before it: "said Ministry spokesman Ivo Marren".
const ROLE_BY =
  /(?:^|\s)((?:\p{Lu}[\p{L}.'-]*\s+)?)([Ss]pokes(?:man|woman|person)|[Oo]fficial|[Rr]epresentative)\b/u;

/** True when `quote`'s source is the unnamed voice of `previous` named: its role word stands by the mention
 * ("said spokesman Ivo Marren", "Ivo Marren, a Tarn Ministry spokesman"), with no other qualifier before it. */
function isVoiceNamed(text: string, previous: Quote, quote: Quote): boolean {
  const voice = VOICE.exec(previous.speaker?.trim() ?? '');
  const m = quote.mention;
  // (the quote's source a person's name: "Ivo Marren")
  if (!voice || !m || !/^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)+$/u.test(quote.speaker ?? ''))
    return false;
  const head = /(spokes(?:man|woman|person)|officials?|representatives?)$/i.exec(
    previous.speaker?.trim() ?? '',
  )?.[1];
  if (!head || /s$/i.test(head)) return false;
  // the words by the mention, within its clause and outside quote marks
  const by = `${
    text
      .slice(Math.max(0, m.start - 30), m.start)
      .split(/[\n.;!?"\u201C\u201D`']/)
      .at(-1) ?? ''
  } ${m.text} ${text.slice(m.end, m.end + 50).split(/[\n;!?"\u201C\u201D`']|\.(?=\s)/)[0] ?? ''}`;
  const role = ROLE_BY.exec(by);
  if (!role || role[2]?.toLowerCase() !== head.toLowerCase()) return false;
  // ("said Tarn spokesman Ann Roe" after "a Lorne Ministry spokesman": another organisation's voice)
  const qualifier = (role[1] ?? '').trim();
  const earlier = (voice[1] ?? '').trim().split(/\s+/).at(-1) ?? '';
  return !qualifier || /^(?:a|an|the)$/i.test(qualifier) || qualifier.toLowerCase() === earlier.toLowerCase();
}

/** `previous`'s date for `quote`, told in the sentence right after it with no other time or occasion of its own. */
function goesOn(
  folded: string,
  previous: Quote,
  quote: Quote,
  timexes: readonly TimeExpression[],
  all: readonly TimeExpression[],
): WhenFound | null {
  const text = withoutAbbreviations(folded);
  const at = Math.min(quote.start, quote.cue?.start ?? quote.start, quote.mention?.start ?? quote.start);
  const sentenceStart = sentenceStartAt(text, at);
  const previousEnd = Math.max(previous.end, previous.cue?.end ?? previous.end);
  if (previousEnd > at) return null;
  if (previousEnd <= sentenceStart) {
    // (across one paragraph break at most)
    let k = sentenceStart;
    while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
    if (sentenceStartAt(text, Math.max(0, k - 1)) > previousEnd) return null;
  }
  if ((text.slice(previousEnd, at).match(/\n/g) ?? []).length > 2) return null;
  const end = Math.max(quote.end, quote.cue?.end ?? quote.end, quote.mention?.end ?? quote.end);
  const stop = end + Math.max(0, text.slice(end).search(/[.!?\n]/));
  const from = Math.max(sentenceStart, previousEnd);
  if (OCCASION.test(`${text.slice(from, quote.start)} ${text.slice(quote.end, stop)}`)) return null;
  const next = timexes[firstStartingAt(timexes, from)];
  if (next && next.start < stop && toWhen(next) !== null) return null;
  const timex = all.find((t) => t.id === previous.whenTimex);
  return timex && previous.when ? { when: previous.when, timex } : null;
}

// "The Lorne Foreign Office said today conditions were worse. There have been reports of looting, said a
// spokesman." — the organisation's unnamed spokesman, or its officials, quoted in the sentence right after the
// organisation's dated statement, speak for it at the same occasion: its day.
export const whenSpokesmanGoesOn: WhenRule = {
  name: 'link/when-spokesman-goes-on',
  // (its first checks return null without the previous quote's date (previous.when))
  needs: 'earlier-date',
  find({ doc, quote, before, timexes, allTimexes }) {
    if (quote.cue && NOT_TOLD_NOW.test(quote.cue.text)) return null;
    const previous = (before ?? []).at(-1);
    if (previous?.when?.length !== 10 || !previous.whenTimex) return null;
    if (previous.when > (doc.article.date ?? '')) return null;
    const voice = VOICE.exec(quote.speaker?.trim() ?? '');
    // "A Tarn Ministry spokesman said Thursday that … "…," said spokesman Ivo Marren." — the unnamed voice named
    if (!voice)
      return isVoiceNamed(doc.folded, previous, quote)
        ? goesOn(doc.folded, previous, quote, timexes, allTimexes ?? timexes)
        : null;
    const organisation = previous.speaker?.trim() ?? '';
    if (!ORGANISATION_HEAD.test(organisation) || VOICE.test(organisation)) return null;
    // the qualifier names this organisation or nothing: the whole name, its last words ("Foreign Ministry" of
    // "the Soviet Foreign Ministry") or the name without its head ("Soviet officials" after "the Soviet Union"); not
    // "a Tarn spokesman" after "the Lorne Foreign Office", nor "an Iraqi official" after "the Iraqi News Agency"
    const qualifier = (voice[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w && !BARE_QUALIFIER.test(w))
      .join(' ')
      .toLowerCase();
    const name = organisation.replace(/^the\s+/i, '').toLowerCase();
    const withoutHead = name.replace(/\s+\S+$/, '');
    if (qualifier && qualifier !== name && !name.endsWith(` ${qualifier}`) && qualifier !== withoutHead)
      return null;
    // the quote's sentence is the one right after the organisation's (or the same one), with no other time or
    // occasion of its own
    return goesOn(doc.folded, previous, quote, timexes, allTimexes ?? timexes);
  },
};
