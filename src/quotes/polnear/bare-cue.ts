import type { Quote, TextSpan } from '../../types.js';
import { BELIEF_FORMS, DIRECT_FORMS } from '../cue-lexicon.js';

const PARTICLE = /^(?:to|out|for|on|of)$/i;

/**
 * PolNeAR's cue is the report verb group without its hearer or adjuncts: "told", not "told reporters";
 * "pointed out", "according to" keep their particle. Null when the cue is already bare.
 */
// "…,” Ann Lee told Lantern News. → cue "told"
export function toBareCue(cue: TextSpan): TextSpan | null {
  const words = [...cue.text.matchAll(/\S+/g)];
  let keep = -1;
  words.forEach((m, i) => {
    const w = m[0].toLowerCase().replace(/[.,:;]$/, '');
    if (DIRECT_FORMS.has(w) || BELIEF_FORMS.has(w) || w === 'according') keep = i;
  });
  if (keep < 0) return null;
  const next = words[keep + 1];
  if (next && PARTICLE.test(next[0]) && /^(?:according|point\w*|call\w*)$/i.test(words[keep]?.[0] ?? ''))
    keep++;
  if (keep === words.length - 1) return null;
  const last = words[keep];
  if (!last) return null;
  const end = cue.start + (last.index ?? 0) + last[0].length;
  return { start: cue.start, end, text: cue.text.slice(0, end - cue.start) };
}

export function withBareCue(q: Quote): Quote | null {
  const cue = q.cue ? toBareCue(q.cue) : null;
  return cue ? { ...q, cue } : null;
}
