// Cross-article speaker identity: which canonical speaker a quote's speaker name is.
// The store calls speakerLookupKeys() to fetch candidates, then identifySpeaker() to decide.

export interface SpeakerCandidate {
  /** The speaker as one article resolved it ("Vladimir Putin", "Putin", "an official"). */
  name: string;
  /** Roles and descriptors the article gives the speaker ("president", "former secretary of state"). */
  roles: string[];
}

export interface KnownSpeaker {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
}

export interface SpeakerMatch {
  /** The known speaker's id, or a new id when `isNew`. */
  id: string;
  /** The best name after the match (a fuller name replaces a shorter one). */
  name: string;
  isNew: boolean;
  confidence: number;
  rule: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** Keys under which candidates for this name are stored (e.g. the surname). */
export function speakerLookupKeys(name: string): string[] {
  const key = slug(name);
  return key ? [key] : [];
}

/** Decides whether the candidate is one of the known speakers. (Simple form: same normalized name.) */
export function identifySpeaker(candidate: SpeakerCandidate, known: KnownSpeaker[]): SpeakerMatch {
  const key = slug(candidate.name);
  for (const k of known) {
    if (slug(k.name) === key || k.aliases.some((a) => slug(a) === key)) {
      return { id: k.id, name: k.name, isNew: false, confidence: 1, rule: 'identity/same-name' };
    }
  }
  return { id: `speaker:${key}`, name: candidate.name, isNew: true, confidence: 1, rule: 'identity/new' };
}
