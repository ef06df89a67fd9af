// What the coreference rules share: the entity drafts so far and how a rule answers.

import type { Diagnostic, MentionKind, RuleName } from '../../types.js';
import type { FoundMention } from '../mentions/mention-context.js';

export interface Draft {
  index: number;
  kind: MentionKind;
  found: FoundMention[];
  /** Index in the article's mention list of each of `found`. */
  foundAt: number[];
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

/**
 * Calls `visit` once for every mention added to a draft since the last call with this cursor (drafts and their
 * mentions only grow), so a rule can keep an index of the drafts instead of rescanning every mention per call.
 */
export function visitNewMentions(
  s: CorefState,
  cursor: number[],
  visit: (d: Draft, f: FoundMention) => void,
): void {
  for (const d of s.drafts) {
    const from = cursor[d.index] ?? 0;
    for (let k = from; k < d.found.length; k++) visit(d, d.found[k] as FoundMention);
    cursor[d.index] = d.found.length;
  }
}

/**
 * A lookup of the first draft (in draft order) with a mention of a given key, kept up to date per coref state:
 * `s.drafts.find((d) => d.found.some((f) => keyOf(d, f) === key))` without a scan of every mention per call.
 */
export function firstDraftIndex(
  keyOf: (d: Draft, f: FoundMention) => string,
): (s: CorefState, key: string) => Draft | undefined {
  const indexes = new WeakMap<CorefState, { cursor: number[]; first: Map<string, Draft> }>();
  return (s, key) => {
    let index = indexes.get(s);
    if (!index) {
      index = { cursor: [], first: new Map() };
      indexes.set(s, index);
    }
    const { first } = index;
    visitNewMentions(s, index.cursor, (d, f) => {
      const k = keyOf(d, f);
      const known = first.get(k);
      if (!known || known.index > d.index) first.set(k, d);
    });
    return first.get(key);
  };
}

/** Adds the draft to a list kept in draft order (the order `s.drafts.filter` gives), once. */
export function addInDraftOrder(list: Draft[], d: Draft): void {
  let k = list.length;
  while (k > 0 && (list[k - 1] as Draft).index > d.index) k--;
  if (list[k - 1] !== d) list.splice(k, 0, d);
}

/** End of the draft's last mention before `before`. */
/** An index of organisation drafts by one word each of their mentions gives (kept per coref state). */
export interface OrganizationWordIndex {
  cursor: number[];
  byWord: Map<string, Draft[]>;
}

/**
 * The organisation drafts, in draft order, with a mention whose `keyOf` is `word`: "Lycos" of "Lycos Europe"
 * (the opening word), "Kodak" of "Eastman Kodak Co" (the word before the legal form). The index grows with the
 * drafts, so a rule does not rescan every mention per call.
 */
export function organizationsByWord(
  indexes: WeakMap<CorefState, OrganizationWordIndex>,
  s: CorefState,
  keyOf: (text: string) => string | null,
  word: string,
): Draft[] {
  let index = indexes.get(s);
  if (!index) {
    index = { cursor: [], byWord: new Map() };
    indexes.set(s, index);
  }
  const { byWord } = index;
  visitNewMentions(s, index.cursor, (d, f) => {
    if (d.kind !== 'organization') return;
    const key = keyOf(f.text);
    if (key === null) return;
    const list = byWord.get(key);
    if (list) addInDraftOrder(list, d);
    else byWord.set(key, [d]);
  });
  return byWord.get(word) ?? [];
}

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
  const head = headOfRole(a);
  return head === headOfRole(b) && head !== '';
}

// a few role strings ("president", "prime minister") recur in every article: their heads are read once
const ROLE_HEADS = new Map<string, string>();

/** "former secretary of state" → "secretary". */
function headOfRole(r: string): string {
  let head = ROLE_HEADS.get(r);
  if (head === undefined) {
    head =
      r
        .trim()
        .replace(/ of .*$/, '')
        .split(/\s+/)
        .pop() ?? '';
    if (ROLE_HEADS.size >= 10_000) ROLE_HEADS.clear();
    ROLE_HEADS.set(r, head);
  }
  return head;
}

const SPOKE_AFTER = /^[\s,]*(?:said|says|told|added|stated|explained|argued|warned|insisted)\b/;
const SAID_BEFORE = /\b(?:said|says|told|added|according to)\s+$/;

const SPOKE = new WeakMap<CorefState, (f: FoundMention) => boolean>();

/** Whether a mention is reported speaking ("Ann Lee said", "said Ann Lee"), read once per mention of the article. */
function spokeOf(s: CorefState): (f: FoundMention) => boolean {
  let spoke = SPOKE.get(s);
  if (!spoke) {
    const known = new Map<FoundMention, boolean>();
    spoke = (f) => {
      let yes = known.get(f);
      if (yes === undefined) {
        yes =
          SPOKE_AFTER.test(s.text.slice(f.end, f.end + 20)) ||
          SAID_BEFORE.test(s.text.slice(Math.max(0, f.start - 16), f.start));
        known.set(f, yes);
      }
      return yes;
    };
    SPOKE.set(s, spoke);
  }
  return spoke;
}

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
  const spoke = spokeOf(s);
  const spokeAt = (d: Draft) => {
    let at = -1;
    for (const f of d.found) if (f.start < pos && f.end > at && spoke(f)) at = f.end;
    return at;
  };
  // only a pronoun that itself reports speech ("she added") looks for the last speaker
  const speaks =
    SPOKE_AFTER.test(s.text.slice(end, end + 20)) ||
    SAID_BEFORE.test(s.text.slice(Math.max(0, pos - 16), pos));
  let speaker: Draft | null = null;
  if (speaks) {
    let latest = -1;
    for (const d of candidates) {
      const at = spokeAt(d);
      if (at > latest) {
        speaker = d;
        latest = at;
      }
    }
  }
  if (speaker) return { draft: speaker, why: 'last-speaker' };
  const count = (d: Draft) => d.found.filter((f) => f.start < pos && f.kind !== 'pronoun').length;
  const counts = candidates.map(count);
  const top = Math.max(0, ...counts);
  const draft = nearest(
    candidates.filter((_, k) => counts[k] === top),
    pos,
  );
  return draft ? { draft, why: 'salient' } : null;
}
