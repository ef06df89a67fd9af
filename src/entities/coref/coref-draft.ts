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
export const lastEnd = (d: Draft, before: number) =>
  Math.max(-1, ...d.found.filter((f) => f.start < before).map((f) => f.end));
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
