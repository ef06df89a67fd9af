import type { Quote } from '../types.js';
import { cachedRegExp, escapeRegExp, isOrganisationName, type NameIndex } from './speaker-names.js';
import { paragraphOf, type SpeakerInput } from './speaker-rule.js';

// "A group of companies controlled by Tarn Partners said … The group added …": a body's role after an earlier
// speaker written as an unnamed descriptor with the same head ("a group of companies", "an Oslo firm") is that
// descriptor, not the organisation the story names most (which may be the one the group is buying into)
export function roleEarlierDescriptor(
  head: string,
  { quote, previous, seg }: Pick<SpeakerInput, 'quote' | 'previous' | 'seg'>,
): string | null {
  const here = paragraphOf(seg, quote.start);
  // (the head heads it: "a group of companies", "a Tarn firm led by …", not "a bank spokesman")
  const same = cachedRegExp(
    `^(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}(?:$|\\s+(?:of|in|at|from|for|with|led|controlled|owned|based)\\b)`,
    'u',
  );
  for (let i = previous.length - 1; i >= 0; i--) {
    const q = previous[i];
    if (!q?.speaker) continue;
    if (here - paragraphOf(seg, q.start) > 3) return null;
    if (same.test(q.speaker)) return q.speaker;
  }
  return null;
}

// One pattern per head, compiled once (cachedRegExp): a \p{L} pattern costs more to build than to run.
// (not another rank of the office: "the shadow chancellor", "the deputy leader" for "the chancellor")
const fullerDefinitePattern = (head: string): RegExp =>
  cachedRegExp(
    `^the\\s+(?!(?:[\\p{L}.-]+\\s+)*(?:shadow|deputy|vice|assistant|acting|associate|former|junior)\\s)(?:[\\p{L}.-]+\\s+){1,3}${escapeRegExp(head)}$`,
    'iu',
  );

// 'Six months ago, the independent Tarn senator said, …. "…?" Ada Hale asked. "…," the senator said.': "the senator"
// is the named person an earlier quote's fuller definite descriptor with the same head ("the independent Tarn
// senator") stood for, when no one titled so is named since (not whoever spoke last, the asker)
export function roleEarlierDefinite(
  head: string,
  quote: Quote,
  previous: readonly Quote[],
  names: NameIndex,
  // 'named': the person an earlier fuller descriptor stood for; 'descriptor': an unnamed one as written ("The White
  // House aide said …. The aide added …" → "the White House aide")
  kind: 'named' | 'descriptor' = 'named',
): string | null {
  // (the pattern looked up only for a mention that passes the cheaper checks: most never do, and its source,
  // built and hashed for the lookup, cost more than they)
  let same: RegExp | undefined;
  const headLower = head.toLowerCase();
  // (the quote's own mention's words, counted once: "the company" said again and again is read against each)
  const ownWords = quote.mention?.text.split(/\s+/).length ?? 0;
  for (let i = previous.length - 1; i >= 0; i--) {
    const q = previous[i];
    const s = q?.speaker;
    const m = q?.mention?.text;
    // (a mention not ending on the head is passed before the pattern is tried)
    if (!q?.mention || !s || !m || m.slice(-head.length).toLowerCase() !== headLower) continue;
    // (fuller than the mention: "the prime minister" again is no new evidence of who holds the office; counted
    // before the pattern is tried, which costs more)
    if (m.split(/\s+/).length <= ownWords) continue;
    same ??= fullerDefinitePattern(head);
    if (!same.test(m)) continue;
    if (kind === 'descriptor')
      return /^the\s/i.test(s) && s.toLowerCase() === q.mention.text.toLowerCase() ? s : null;
    // (a person by name: "Ada Hale", not a descriptor or an organisation)
    if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(s) || isOrganisationName(s)) return null;
    const end = q.mention.end;
    if (names.persons.some((n) => n.start > end && n.start < quote.start && n.roles.includes(head)))
      return null;
    return s;
  }
  return null;
}
