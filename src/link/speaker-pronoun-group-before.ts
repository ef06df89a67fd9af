import { rangeIndexHolding } from '../quotes/span-index.js';
import { lookBackStart, type SpeakerChoice, type SpeakerInput } from './speaker-rule.js';

// plural nouns for people or bodies that report: "traders", "market participants", "Tarnland's economic leaders"
const GROUP_HEAD =
  'analysts|officials|sources|experts|economists|traders|dealers|brokers|bankers|investors|participants|observers|commentators|strategists|forecasters|insiders|diplomats|researchers|scientists|leaders|ministers|lawmakers|legislators|senators|regulators|critics|campaigners|activists|delegates|negotiators|executives|managers|producers|exporters|importers|manufacturers|growers|farmers|retailers|economists|organi[sz]ers|residents|witnesses|authorities|unions|companies|firms|banks|relatives|families|parents|lawyers|attorneys|prosecutors|protesters|demonstrators|workers|employees|members|doctors|teachers|students|voters|opponents|supporters|shareholders|creditors|investigators|police|soldiers|rebels';
// the group's words: a determiner or possessor (with one capitalised word after it: "The Lorne relatives"), up to
// two modifiers, then the plural head; a verb follows
// (with ", however," or an adverb in between): "Some market participants, however, are", "traders expect"
const GROUP_BEFORE_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])((?:(?:the|The|some|Some|many|Many|most|Most|other|Other|several|Several|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+(?:\p{Lu}\p{Ll}[\p{L}\p{M}-]*\s+)?)?(?:[\p{Ll}-]+\s+){0,2}(?:${GROUP_HEAD}))(?:,\s*(?:however|though|meanwhile|too),)?\s+(?:also\s+|still\s+|now\s+)?(\p{Ll}[\p{Ll}'’]*)(?![\p{L}\p{M}])`,
  'gu',
);
// a word before the group that makes it an object, not a subject: "demand from traders expect…" is no subject
const GOVERNED =
  /(?:^|\s)(?:of|for|to|with|by|from|at|in|on|among|about|than|between|as|like|against|that|who|whom|which)\s+$/i;
const NOT_MODIFIER =
  /^(?:of|for|to|with|by|from|at|in|on|and|or|but|that|who|which|are|is|were|was|have|has|had|be|been|the|a|an)$/;

/**
 * "Some market participants, however, are more bullish. They point out …", "While industry analysts give Norvel
 * high marks, they note …", "Traders expect a rally. Reform should help too, they say.": a "they" no other rule
 * resolved goes to the plural group that was the subject of a verb just before it, in its own sentence or the
 * one before (in the same or the paragraph before), the nearest; the group as written.
 */
export function pronounGroupBefore(input: SpeakerInput): SpeakerChoice | null {
  const { quote, seg, text, previous } = input;
  const m = quote.mention;
  if (!m || !/^they$/i.test(m.text)) return null;
  const at = Math.min(m.start, quote.start);
  const from = lookBackStart(seg, at);
  if (from === null) return null;
  const window = text.slice(from, at);
  let best: string | null = null;
  for (const hit of window.matchAll(GROUP_BEFORE_VERB)) {
    const group = hit[1] ?? '';
    const verb = hit[2] ?? '';
    const start = from + (hit.index ?? 0);
    // (a modifier run that swallowed a joining word: "prices for traders")
    if (
      group
        .split(/\s+/)
        .slice(0, -1)
        .some((w) => NOT_MODIFIER.test(w))
    )
      continue;
    if (GOVERNED.test(text.slice(Math.max(0, start - 12), start))) continue;
    // the next word is a verb in the tagger's reading
    const v = rangeIndexHolding(seg.tokens, from + (hit.index ?? 0) + hit[0].length - verb.length);
    const pos = seg.tokens[v]?.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    // (not inside what someone said)
    if (previous.some((q) => start >= q.start && start < q.end)) continue;
    best = group;
  }
  if (!best) return null;
  return {
    speaker: best.replace(/^(?:The|Some|Many|Most|Several|Other)\b/, (w) => w.toLowerCase()),
    rule: 'speaker/pronoun-group-before',
  };
}
