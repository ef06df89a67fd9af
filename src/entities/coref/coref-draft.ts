// What the coreference rules share: the entity drafts so far and how a rule answers.

import type { Diagnostic, MentionKind, RuleName } from '../../types.js';
import type { FoundMention } from '../mentions/mention-context.js';

export interface Draft {
  index: number;
  kind: MentionKind;
  found: FoundMention[];
  canonical: string | null;
  rule: RuleName;
  first: string | null;
  last: string | null;
  nameWords: string[];
  gender: 'male' | 'female' | null;
  roles: Set<string>;
  countries: Set<string>;
  governmentOf: string | null;
  cls: string | null;
}

export interface CorefState {
  text: string;
  drafts: Draft[];
  diagnostics: Diagnostic[];
}

export type Join = { draft: Draft; rule: RuleName } | { create: true; rule: RuleName; kind?: MentionKind };
/** Gets one mention and the drafts so far; returns the draft to join, a new draft, or null when it does not apply. */
export type CorefRule = (m: FoundMention, s: CorefState) => Join | null;

/** End of the draft's last mention before `before`. */
export function lastEnd(d: Draft, before: number): number {
  let end = -1;
  for (const f of d.found) if (f.start < before && f.end > end) end = f.end;
  return end;
}
export const persons = (s: CorefState) => s.drafts.filter((d) => d.kind === 'person');

/** The draft mentioned most recently before `pos`. */
export function nearest(drafts: Draft[], pos: number): Draft | null {
  let best: Draft | null = null;
  let bestEnd = -1;
  for (const d of drafts) {
    const e = lastEnd(d, pos);
    if (e > bestEnd) {
      best = d;
      bestEnd = e;
    }
  }
  return best;
}

/** "former president" and "president" share the head "president". */
export function sharesRoleHead(a: string, b: string): boolean {
  // "former secretary of state" → "secretary"
  const head = (r: string) =>
    r
      .trim()
      .replace(/ of .*$/, '')
      .split(/\s+/)
      .pop() ?? '';
  return head(a) === head(b) && head(a) !== '';
}

const SPOKE_AFTER = /^[\s,]*(?:said|says|told|added|stated|explained|argued|warned|insisted)\b/;
const SAID_BEFORE = /\b(?:said|says|told|added|according to)\s+$/;

/**
 * The person a pronoun or an age descriptor ("the 52-year-old") most likely stands for at `pos`: among persons of a
 * compatible gender named in this or the previous paragraph (else the last 600 characters): when the mention at
 * [pos, end) itself reports speech, the last one reported speaking ("…, said Ann Lee." … "She added"), else the most mentioned (the protagonist), else the nearest.
 */
export function pickSalientPerson(
  s: CorefState,
  pos: number,
  end: number,
  gender: 'male' | 'female' | null,
): { draft: Draft; why: 'last-speaker' | 'salient' } | null {
  const paragraphStart = s.text.lastIndexOf('\n', pos);
  const previousStart = paragraphStart > 0 ? s.text.lastIndexOf('\n', paragraphStart - 1) : -1;
  const since = (from: number) =>
    persons(s).filter(
      (d) => (gender === null || d.gender === null || d.gender === gender) && lastEnd(d, pos) > from,
    );
  const inParagraphs = since(previousStart);
  const candidates = inParagraphs.length ? inParagraphs : since(pos - 600);
  const spokeAt = (d: Draft) =>
    Math.max(
      -1,
      ...d.found
        .filter(
          (f) =>
            f.start < pos &&
            (SPOKE_AFTER.test(s.text.slice(f.end, f.end + 20)) ||
              SAID_BEFORE.test(s.text.slice(Math.max(0, f.start - 16), f.start))),
        )
        .map((f) => f.end),
    );
  // only a pronoun that itself reports speech ("she added") looks for the last speaker
  const speaks =
    SPOKE_AFTER.test(s.text.slice(end, end + 20)) ||
    SAID_BEFORE.test(s.text.slice(Math.max(0, pos - 16), pos));
  let speaker: Draft | null = null;
  if (speaks) for (const d of candidates) if (spokeAt(d) > (speaker ? spokeAt(speaker) : -1)) speaker = d;
  if (speaker) return { draft: speaker, why: 'last-speaker' };
  const count = (d: Draft) => d.found.filter((f) => f.start < pos && f.kind !== 'pronoun').length;
  const top = Math.max(0, ...candidates.map(count));
  const draft = nearest(
    candidates.filter((d) => count(d) === top),
    pos,
  );
  return draft ? { draft, why: 'salient' } : null;
}
