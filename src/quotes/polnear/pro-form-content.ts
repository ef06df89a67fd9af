import type { Quote, Sentence } from '../../types.js';
import { BELIEF_FORMS } from '../cue-lexicon.js';
import { cueGroupStart, mentionBefore } from '../find-mention.js';
import { newQuote } from '../new-quote.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceTokenRange,
  tokenNorm,
  tokenText,
} from '../quote-context.js';
import { quantifierSubject } from './quantifier-subject.js';

export const PRO_FORM_RULE = 'quotes/polnear/pro-form-content';

// the word that stands for a whole reported clause: "said so", "said yes", "doesn't think so"
// (the tokenizer keeps a sentence's last "no." whole, as in "No. 1")
const PRO_FORM = /^(?:so|yes|no)\.?$/;
const SAY_OR_THINK =
  /^(?:say|says|said|saying|answer(?:s|ed)?|repl(?:y|ies|ied)|think|thinks|thought|believe[sd]?|hope[sd]?|suppose[sd]?|guess(?:es|ed)?|expect(?:s|ed)?)$/;
// what may follow the pro-form in the same clause ("said so in December", "said yes, but …")
const AFTER = /^(?:[.,;:!?)—–-]|but|and|in|on|at|when|because|after|before|too|either|again|then|now)$/;

/**
 * A report whose content is a pro-form standing for a clause, outside quotation marks: "55 percent said so in
 * December", "the candidate said no.", "He doesn't think so." (PolNeAR marks the word as the content; the clause
 * rules need a clause, and the tagger rarely tags so short a content). Not "said no to the plan" (the object
 * goes on), nor inside a quotation ("“I hope so,” she said": the quotation is the content).
 */
// Most of the crew said so on Monday. → source "Most of the crew", cue "said", content "so"
export function findProFormContents(
  ctx: QuoteContext,
  s: Sentence,
  taken: (offset: number) => boolean,
): Quote[] {
  const out: Quote[] = [];
  const [first, last] = sentenceTokenRange(ctx.tokens, s);
  for (let i = first + 1; i <= last; i++) {
    const t = ctx.tokens[i];
    if (!t || !PRO_FORM.test(tokenNorm(ctx, i)) || isInsideQuoted(ctx, t.start) || taken(t.start)) continue;
    const v = i - 1;
    const verb = tokenNorm(ctx, v);
    if (!SAY_OR_THINK.test(verb)) continue;
    if (i < last && !AFTER.test(tokenNorm(ctx, i + 1))) continue;
    // "said no, no, no": a list of answers is no single pro-form
    if (tokenText(ctx, i + 1) === ',' && PRO_FORM.test(tokenNorm(ctx, i + 2))) continue;
    const word = tokenText(ctx, i).replace(/\.$/, '');
    const group = cueGroupStart(ctx, v, first);
    const mention = mentionBefore(ctx, group, first) ?? quantifierSubject(ctx, group, v, first);
    if (!mention) continue;
    let from = group;
    while (from < v && (ctx.tokens[from]?.start ?? 0) < mention.end) from++;
    const cueStart = ctx.tokens[from]?.start ?? 0;
    const cueEnd = ctx.tokens[v]?.end ?? 0;
    out.push(
      newQuote({
        type: BELIEF_FORMS.has(verb) ? 'belief' : 'indirect',
        start: t.start,
        end: t.start + word.length,
        content: word,
        cue: { start: cueStart, end: cueEnd, text: ctx.text.slice(cueStart, cueEnd) },
        mention,
        rule: PRO_FORM_RULE,
        confidence: 0.5,
      }),
    );
  }
  return out;
}
