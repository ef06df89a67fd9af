// Whether a name typed in a query ("Putin", "vladimir putin") stands for a canonical speaker: the same name or
// alias, the alias's last words ("Putin" for "Vladimir Putin"), or identifySpeaker()'s own match.
import { identifySpeaker, type KnownSpeaker } from '../entities/identify-speaker.js';

/** "Vladimír  Putin," → "vladimir putin". */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function matchesSpeakerName(name: string, speaker: KnownSpeaker): boolean {
  const wanted = foldName(name);
  if (!wanted) return false;
  for (const alias of [speaker.name, ...speaker.aliases]) {
    const folded = foldName(alias);
    if (folded === wanted || folded.endsWith(` ${wanted}`)) return true;
  }
  return !identifySpeaker({ name, roles: [] }, [speaker]).isNew;
}
