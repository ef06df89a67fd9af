import type { Quote } from '../../types.js';

const meets = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * A tagged relation with no cue takes the cue of a rule quote its content overlaps, and its source when it has
 * none, unless that cue lies inside the content: the GUIDE rules find attributions the tagger cannot see from
 * one paragraph ("“…” ¶ “The pier is closed,” she continued.", "LEE: …" turns). Returns the relation, or
 * undefined when it does not apply.
 */
// tagged “The pier is closed.” (no cue); rule quote “The pier is closed.” with cue "said", source "she" → both taken
export function cueFromRuleQuote(q: Quote, rules: Quote[]): Quote | undefined {
  if (q.cue) return undefined;
  const r = rules.find((r) => r.cue && meets(q, r) && !meets(r.cue, q));
  if (!r?.cue) return undefined;
  return { ...q, cue: r.cue, mention: q.mention ?? r.mention };
}
