import type { Quote, Sentence } from '../../types.js';
import { cueGroupStart, mentionBefore } from '../find-mention.js';
import { isInsideQuoted, type QuoteContext, tokenIndexAt, tokenText } from '../quote-context.js';
import { trimClauseEnd } from '../rules/indirect/clause-helpers.js';
import { POLNEAR_ACT_FORMS, POLNEAR_STATE_FORMS } from './polnear-cue-lexicon.js';

const PARTICLE = /^(?:for|on|out|to|about|of|as)$/i;
const DETS = /^(?:the|a|an|this|that|his|her|its|their|our|my|your|such|any|no)$/i;
// ", saying …", "; …", " — …": the object ends where another clause of the sentence begins
const OBJECT_END = /\s*(?:;|\s[—–]\s|\s--\s|,\s+(?:saying|adding|according|while|but|and|who|which|as|because|after|before|when|though|although|\w+ing)\b)/i;

/**
 * PolNeAR attributions whose content is the verb's object or complement, not a reported clause: "Ann Lee
 * accused the mayor of lying", "The poll shows a tight race". The subject is the source; the cue is the verb
 * group with its auxiliaries ("has praised"); the content runs to the end of the clause. Tokens already in a
 * quote (or its cue) are left alone.
 */
// Ann Lee has praised the mayor as a tireless worker. → source "Ann Lee", cue "has praised", content "the mayor as a tireless worker"
export function findCueThenObject(ctx: QuoteContext, s: Sentence, taken: (offset: number) => boolean): Quote[] {
  const out: Quote[] = [];
  const first = tokenIndexAt(ctx.tokens, s.start);
  let last = first;
  while (last + 1 < ctx.tokens.length && (ctx.tokens[last + 1]?.start ?? s.end) < s.end) last++;
  for (let i = first + 1; i < last; i++) {
    const t = ctx.tokens[i];
    if (!t || isInsideQuoted(ctx, t.start) || taken(t.start)) continue;
    const w = tokenText(ctx, i).toLowerCase();
    const act = POLNEAR_ACT_FORMS.has(w);
    if (!act && !POLNEAR_STATE_FORMS.has(w)) continue;
    if (t.pos !== 'VERB') continue;
    if (DETS.test(tokenText(ctx, i - 1))) continue;
    const group = cueGroupStart(ctx, i, first);
    // "was endorsed by …", "is supported by …": a passive's source is after the verb
    if (tokenText(ctx, i + 1).toLowerCase() === 'by') continue;
    const mention = mentionBefore(ctx, group, first);
    if (!mention) continue;
    let k = i + 1;
    if (PARTICLE.test(tokenText(ctx, k)) && /^(?:call|point|refer|talk|focus|warn|speak)/.test(w)) k++;
    const objStart = ctx.tokens[k]?.start;
    if (objStart === undefined || objStart >= s.end) continue;
    if (/^[.,;:!?]$/.test(tokenText(ctx, k))) continue;
    const rest = ctx.text.slice(objStart, s.end);
    const cut = rest.search(OBJECT_END);
    const end = trimClauseEnd(ctx, objStart, cut >= 0 ? objStart + cut : s.end);
    if (end - objStart < 3 || taken(objStart)) continue;
    const cueEnd = ctx.tokens[k - 1]?.end ?? t.end;
    const cueStart = ctx.tokens[group]?.start ?? t.start;
    out.push({
      id: '',
      type: act ? 'indirect' : 'belief',
      start: objStart,
      end,
      content: ctx.text.slice(objStart, end),
      cue: { start: cueStart, end: cueEnd, text: ctx.text.slice(cueStart, cueEnd) },
      mention,
      speaker: null,
      speakerEntity: null,
      when: null,
      whenTimex: null,
      partial: false,
      rule: 'quotes/polnear/cue-then-object',
      speakerRule: null,
      whenRule: null,
      confidence: 0.5,
    });
    i = Math.max(i, tokenIndexAt(ctx.tokens, end) - 1);
  }
  return out;
}
