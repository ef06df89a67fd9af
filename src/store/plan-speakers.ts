// Canonical speakers for one batch of quotes. The store loads the known speakers under the candidates'
// lookup keys; this decides, with identifySpeaker(), which speaker each candidate is and what to write back.
// Pure and synchronous, so SQLite (inside its transaction) and PostgreSQL share it.
import {
  identifySpeaker,
  type KnownSpeaker,
  type SpeakerCandidate,
  speakerLookupKeys,
} from '../entities/identify-speaker.js';

export interface SpeakerPlan {
  /** candidateKey(candidate) → canonical speaker id. */
  assignments: Map<string, string>;
  /** Speakers to insert or update (merged with what the store already has). */
  changed: KnownSpeaker[];
  /** (lookup key, speaker id) pairs to add. */
  keys: Array<[string, string]>;
}

export function candidateKey(candidate: SpeakerCandidate): string {
  return `${candidate.article ?? ''}\u0000${candidate.name}\u0000${candidate.roles.join('\u0001')}`;
}

/** Every lookup key the batch's candidates need loaded. */
export function lookupKeysOf(candidates: Iterable<SpeakerCandidate>): string[] {
  const keys = new Set<string>();
  for (const c of candidates) for (const k of speakerLookupKeys(c.name)) keys.add(k);
  return [...keys].sort();
}

/**
 * @param known speakers loaded for the batch's lookup keys, by id
 * @param keyIndex lookup key → ids of known speakers under it
 */
export function planSpeakers(
  candidates: SpeakerCandidate[],
  known: Map<string, KnownSpeaker>,
  keyIndex: Map<string, Set<string>>,
): SpeakerPlan {
  const assignments = new Map<string, string>();
  const changed = new Map<string, KnownSpeaker>();
  const keys: Array<[string, string]> = [];
  const addKey = (key: string, id: string) => {
    const ids = keyIndex.get(key) ?? new Set<string>();
    if (ids.has(id)) return;
    ids.add(id);
    keyIndex.set(key, ids);
    keys.push([key, id]);
  };
  for (const candidate of candidates) {
    const ckey = candidateKey(candidate);
    if (assignments.has(ckey)) continue;
    const lookup = speakerLookupKeys(candidate.name);
    const ids = new Set<string>();
    for (const k of lookup) for (const id of keyIndex.get(k) ?? []) ids.add(id);
    const pool = [...ids].sort().flatMap((id) => known.get(id) ?? []);
    const match = identifySpeaker(candidate, pool);
    const before = known.get(match.id);
    const speaker: KnownSpeaker = before
      ? { ...before, aliases: [...before.aliases], roles: [...before.roles] }
      : { id: match.id, name: match.name, aliases: [], roles: [] };
    let dirty = !before;
    if (speaker.name !== match.name) {
      speaker.name = match.name;
      dirty = true;
    }
    for (const alias of [candidate.name, match.name]) {
      if (!speaker.aliases.includes(alias)) {
        speaker.aliases.push(alias);
        dirty = true;
      }
    }
    for (const role of candidate.roles) {
      if (!speaker.roles.includes(role)) {
        speaker.roles.push(role);
        dirty = true;
      }
    }
    known.set(speaker.id, speaker);
    if (dirty) changed.set(speaker.id, speaker);
    for (const k of [...lookup, ...speakerLookupKeys(match.name)]) addKey(k, speaker.id);
    assignments.set(ckey, speaker.id);
  }
  return { assignments, changed: [...changed.values()].sort((a, b) => a.id.localeCompare(b.id)), keys };
}
