import { fullestName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

// "its chief", "the firm's chief executive", "the group's boss": an organisation's officer named by role only
const OFFICER =
  /^(?:its|the\s+(?:company|firm|group|bank|club|party|bourse|exchange|union)['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:chief|boss|head|chairman|chairwoman|president|founder|director|executive|owner)$/u;

// Norvel bosses have held "friendly" talks with Harwood, its chief has said. ¶ Ann Tull met … → Ann Tull: a lead
// that gives the officer by role, before any person is named, names them as the subject of what follows.
export const speakerRoleNamedNext: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !OFFICER.test(m.text)) return null;
  // the lead: the headline and the first sentence or two
  const k = seg.sentences.findIndex((s) => m.start >= s.start && m.start < s.end);
  if (k < 0 || k > 2) return null;
  const next = seg.sentences[k + 1];
  if (!next) return null;
  const subject = narrationSubject(text, seg, names, next.start, next.start + 1);
  if (!subject || !/\s/.test(fullestName(names, subject) ?? subject)) return null;
  return { speaker: fullestName(names, subject) ?? subject, rule: 'speaker/role-named-next' };
};
