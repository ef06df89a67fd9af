import { nounPhraseEndingAt, SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { QUOTE_MARK, spanOf, textContext, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

// words between the mention and the cue: an auxiliary or an adverb at most
const TO_CUE =
  /^\s*(?:(?:also|has|have|had|was|were|is|are|would|will|could|may|might|then|later|earlier|further|\p{Ll}+ly)\s+)*$/u;

// participles whose agent wrote or issued what the phrase names
const AUTHORING =
  /^(?:issued|released|written|signed|published|prepared|compiled|sent|posted|filed|drafted|read|produced|authored|commissioned|conducted|led|made|given|delivered|submitted|presented|tweeted|shared)$/i;

// Economists who favour the tax agree that … / Voters who backed her in 2016 say … / A witness questioned by the
// committee said …: a relative clause (or a participle and its "by" agent) between the subject and the cue, with
// no comma; the quote finder took the clause's last noun phrase. The noun phrase the clause follows speaks.
export const mentionRelativeClauseSubject: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end || !TO_CUE.test(text.slice(m.end, cue.start))) return null;
  if (SUBJECT_PRONOUNS.has(m.text.toLowerCase())) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const ctx = textContext(text, seg);
  const first = tokenIndexAt(ctx.tokens, sentence.start);
  const at = tokenIndexAt(ctx.tokens, m.start);
  if (ctx.tokens[at]?.start !== m.start) return null;
  let verb = false;
  for (let k = at - 1; k > first && k > at - 12; k--) {
    const w = tokenText(ctx, k);
    const pos = ctx.tokens[k]?.pos ?? '';
    if (/^[,;:()—–]$/.test(w) || QUOTE_MARK.test(w)) return null;
    // "A witness questioned by the committee said": a past participle and its agent
    const agent =
      /^by$/i.test(w) &&
      k === at - 1 &&
      ctx.tokens[k - 1]?.pos === 'VERB' &&
      /\p{Ll}(?:ed|en|wn)$/u.test(tokenText(ctx, k - 1)) &&
      // (not "The statement issued by Tiga said", "the decree signed by the Pope read": the author speaks)
      !AUTHORING.test(tokenText(ctx, k - 1));
    // (not "officials who Ann Roe said were …": "who" is the cue's object there, the mention right after it)
    const relative = /^who$/i.test(w) && (verb || k < at - 1);
    if (!agent && !relative) {
      if (/^(?:VERB|AUX)$/.test(pos)) verb = true;
      continue;
    }
    const end = agent ? k - 2 : k - 1;
    const head = nounPhraseEndingAt(ctx, end, first);
    if (!head || head.end !== ctx.tokens[end]?.end || SUBJECT_PRONOUNS.has(head.text.toLowerCase()))
      return null;
    // the noun phrase opens its clause (not the object of a verb before it: "met voters who backed her …")
    const s = tokenIndexAt(ctx.tokens, head.start);
    const opener = s === first ? '' : tokenText(ctx, s - 1);
    if (
      s !== first &&
      !/^(?:[,;:(—–]|and|but|while|as|when|after|because|since|that|although|though|even)$/i.test(opener)
    )
      return null;
    // "Even Republicans who …": an adverb capitalised to open the sentence is no part of the phrase
    const adverb = /^(?:Even|So|But|And|Also|Only|Now|Still|Yet|Then)\s+(?=\S)/.exec(head.text);
    const start = head.start + (adverb?.[0].length ?? 0);
    return { mention: spanOf(ctx, start, head.end), cue, rule: 'mention/relative-clause-subject' };
  }
  return null;
};
