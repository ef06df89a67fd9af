import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { fullestName, isOrganisationName } from './speaker-names.js';
import { isNamed, paragraphOf, type SpeakerRule } from './speaker-rule.js';
import { titleGenderInArticle } from './title-gender.js';

const REPLY =
  /^(?:replied|replies|responded|responds|answered|answers|retorted|retorts|shot back|fired back)$/i;
const ASK = /^(?:asked|asks|asking|pressed|questioned|wondered)$/i;
// the one asked, named right after the cue: "Hanley asked Grange," (not "asked on Tuesday")
const ASKED_NAME = /^\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*[,:]/u;

/**
 * 'Hanley asked, “How will you pay for it?” “Mexico will pay,” he replied.': a "he"/"she" that replies right after
 * a question is the one asked — the person the question's cue names ("Hanley asked Grange"), else the person who
 * spoke before the asker — not the asker, when that person's gender (title or first name) does not rule them out.
 */
export const speakerReplyToAsker: SpeakerRule = ({ quote, previous, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !/^(?:he|she)$/i.test(m.text) || !REPLY.test(quote.cue?.text ?? '')) return null;
  const last = previous.at(-1);
  if (!last?.speaker || !last.cue || !ASK.test(last.cue.text)) return null;
  const here = paragraphOf(seg, quote.start);
  if (here - paragraphOf(seg, last.start) > 1) return null;
  const named = ASKED_NAME.exec(text.slice(last.cue.end, last.cue.end + 60))?.[1];
  let asked = named ? (fullestName(names, named) ?? (/\s/.test(named) ? named : null)) : null;
  if (!asked) {
    for (let i = previous.length - 2; i >= 0 && !asked; i--) {
      const p = previous[i];
      if (!p || here - paragraphOf(seg, p.start) > 3) break;
      if (p.speaker && p.speaker !== last.speaker) asked = p.speaker;
    }
  }
  if (!asked || asked === last.speaker || !isNamed(asked) || isOrganisationName(asked)) return null;
  const gender =
    titleGenderInArticle(text, asked) ??
    (/\s/.test(asked) ? genderOfFirstName(asked.split(/\s+/)[0] ?? '') : null);
  if (gender && gender !== (/^he$/i.test(m.text) ? 'male' : 'female')) return null;
  return { speaker: asked, rule: 'speaker/reply-to-asker' };
};
