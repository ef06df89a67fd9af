// Which speaker a report belongs to across articles: speakerId when known, else the surname of a proper name
// ("Vladimir Putin" and "Putin" → name:putin), else the descriptor as written ("an official").

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** The block key of a speaker; null when the quote has no speaker. */
export function toSpeakerKey(speaker: string | null, speakerId: string | null): string | null {
  if (speakerId) return speakerId;
  if (!speaker?.trim()) return null;
  const words = speaker.trim().split(/\s+/);
  const proper = words.every((w) => /^[\p{Lu}]/u.test(w) || /^(de|van|von|al|bin|da|del|la|le)$/.test(w));
  const last = words[words.length - 1] ?? speaker;
  return proper ? `name:${slug(last)}` : `name:${slug(speaker)}`;
}
