import { rangeIndexHolding } from '../quotes/span-index.js';
import { fitsRoleGender } from './role-gender.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName, stripTitles } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

// "its chief", "the firm's chief executive", "the group's boss": an organisation's officer named by role only
const OFFICER =
  /^(?:its|the\s+(?:company|firm|group|bank|club|party|bourse|exchange|union)['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:chief|boss|head|chairman|chairwoman|president|founder|director|executive|owner)$/u;

// one holder's office: "Valdor's first minister", "the new health minister for Ostrava", "the trade secretary",
// "his former chief economic adviser", "the former finance director at Norvel" (not "a spokesman", "officials")
const OFFICE =
  /^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\p{M}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+|and\s+){0,4}(minister|secretary|commissioner|chancellor|chairman|chairwoman|chief|executive|boss|director|adviser|advisor|officer|governor|mayor|founder|president|premier)(?:\s+(?:of|for|at)\s+(?:[\p{L}\p{M}.&'’-]+\s+){0,5}[\p{L}\p{M}.&'’-]+)?$/u;
// "the Growers Federation Secretary": the office with its body's name, written capitalised
const OFFICE_TITLED =
  /^(?:[Tt]he|\p{Lu}[\p{L}\p{M}.-]*['’]s)\s+(?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){1,4}(Minister|Secretary|Commissioner|Chancellor|Chairman|Chairwoman|Director|Governor|Mayor|President|Premier)$/u;
// a rank below the holder of the office ("the deputy mayor") is someone else than the one next named
const RANK = /\b(?:assistant|deputy|vice|acting|junior|associate|shadow)\b/;

// "Speaking at a Norvel event, Ann Tull predicted …", "Formerly one of Mr Lee's aides, Ann Tull hinted …",
// "Dr Ann Tull, on her first day in the job, admitted …", 'Ann Tull "totally condemned" …': the name opening the
// sentence (after an opening phrase), followed by its verb
const NAME_OPENING =
  /^(?:\p{Lu}\p{Ll}+(?:ing|ly|ed)\b[^,.;"“]{0,120},\s+)?(?!(?:The|A|An|This|That|These|Those|But|And|In|On|At|It|He|She|They)\s)((?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?:,\s+(?:on|in|at|speaking|who)\s[^,.;"“]{0,100},)?\s+(?:has\s+|had\s+|was\s+|is\s+|also\s+)?["“]?(?:\p{Ll}+ly\s+)?(?:said|says|told|\p{Ll}+(?:ed|s))\b/u;

// Norvel bosses have held "friendly" talks with Harwood, its chief has said. ¶ Ann Tull met … → Ann Tull; "Valdor's
// first minister has told pupils … ¶ Omar Halim was speaking to …" → Omar Halim: a lead that gives the holder of an
// office by role only, before naming them, names them as the subject of the sentence that follows.
export const speakerRoleNamedNext: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m) return null;
  const officer = OFFICER.test(m.text);
  const office = officer ? null : (OFFICE.exec(m.text) ?? OFFICE_TITLED.exec(m.text));
  if (!officer && (!office || RANK.test(m.text))) return null;
  // the lead: the headline and the first sentence or two
  const k = rangeIndexHolding(seg.sentences, m.start);
  if (k < 0 || k > 2) return null;
  const next = seg.sentences[k + 1];
  if (!next) return null;
  const subject =
    NAME_OPENING.exec(text.slice(next.start, next.end))?.[1] ??
    narrationSubject(text, seg, names, next.start, next.start + 1);
  const full = subject ? (fullestName(names, subject) ?? subject) : null;
  if (!subject || !full || !/\s/.test(stripTitles(full).name || full)) return null;
  if (office) {
    const head = (office[1] ?? '').toLowerCase();
    const name = stripTitles(full).name || full;
    if (!isPersonName(name) || isOrganisationName(name) || isPlaceName(name) || !fitsRoleGender(head, name))
      return null;
    // "The chancellor has said … ¶ Tory leader Ann Tull said …": a name given an office of its own is not the
    // holder of this one
    const titled = names.persons.find(
      (p) => p.start >= next.start && p.start < next.end && (p.name === subject || p.name === name),
    );
    const roles = (titled?.roles ?? []).filter(
      (r) => !/^(?:former|new|mr|mrs|ms|dr|sir|dame|lord|lady)$/.test(r),
    );
    if (roles.length && !roles.includes(head)) return null;
    // "The home secretary confirmed … Shadow home secretary Tom Berg welcomed …": a rank the office lacks
    // (a rank opening the sentence is capitalised: "Shadow home secretary Tom Berg")
    const lead = titled ? text.slice(next.start, titled.start).toLowerCase() : '';
    if (roles.some((r) => RANK.test(r)) || RANK.test(lead)) return null;
    return { speaker: name, rule: 'speaker/role-named-next' };
  }
  return { speaker: full, rule: 'speaker/role-named-next' };
};
