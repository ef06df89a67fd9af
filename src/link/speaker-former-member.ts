import { fullestName, isOrganisationName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { isNamed, paragraphOf, type SpeakerRule } from './speaker-rule.js';

// "the ex-Wallaby", "the former Gunner", "the ex-Tory": one who once belonged to a named side
const FORMER_MEMBER = /^the\s+(?:ex-|former\s+)\p{Lu}[\p{L}\p{M}-]+$/u;

// Campese defended the coach. And the ex-Wallaby added: "…" → David Campese, not a person called "Wallaby":
// the person just quoted or just made the subject of the narration.
export const speakerFormerMember: SpeakerRule = ({ quote, previous, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !FORMER_MEMBER.test(m.text)) return null;
  const prevEnd = previous[previous.length - 1]?.end ?? 0;
  const subject = narrationSubject(text, seg, names, prevEnd, m.start, 4);
  if (subject)
    return { speaker: fullestName(names, subject) ?? subject, rule: 'speaker/former-member-subject' };
  const here = paragraphOf(seg, quote.start);
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p || here - paragraphOf(seg, p.start) > 1) break;
    const s = p.speaker;
    if (s && isNamed(s) && /\s/.test(s) && !isOrganisationName(s))
      return { speaker: s, rule: 'speaker/former-member-previous-speaker' };
  }
  return null;
};
