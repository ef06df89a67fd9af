import type { MentionRule } from './speaker-rule.js';

// "Yesterday, Norland's trade minister, Ann Tull, announced that …": the quote finder's mention is the day word
// that opens the sentence; the subject is the phrase between its comma and the cue.
const DAY_WORD = /^(?:Yesterday|Today|Tomorrow|Tonight|Earlier|Later|Meanwhile)$/;

export const mentionAfterDayWord: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || !DAY_WORD.test(m.text) || cue.start <= m.end) return null;
  const between = text.slice(m.end, cue.start);
  // a short subject, set off by commas, running right up to the cue
  const found = /^,\s+([^.;:!?"“”]{2,70}?),?\s+$/.exec(between);
  if (found?.[1] && /\p{L}/u.test(found[1])) {
    const start = m.end + between.indexOf(found[1]);
    return {
      mention: { start, end: start + found[1].length, text: found[1] },
      cue,
      rule: 'mention/after-day-word',
    };
  }
  // "Yesterday, Ann Tull released a tape in which a guard, apparently Ola Brandt, clearly says …": the cue is a
  // relative clause's; its subject (an appositive and an adverb may follow it) is the one who speaks
  const rel = RELATIVE_SUBJECT.exec(between);
  if (!rel?.[1] || /[.;:!?"“”]/.test(between)) return null;
  let start = m.end + rel.index + rel[0].indexOf(rel[1], rel[0].search(/\s/));
  let said = rel[1];
  // "someone, seemingly Ola Brandt,": an indefinite subject the appositive names
  const named = /^,\s(?:\p{Ll}+ly\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}),$/u.exec(
    rel[2] ?? '',
  );
  if (named?.[1] && /^(?:someone|somebody|a man|a woman|a voice)$/i.test(said)) {
    start = m.end + rel.index + rel[0].indexOf(named[1], rel[0].indexOf(rel[2] ?? ''));
    said = named[1];
  }
  return {
    mention: { start, end: start + said.length, text: said },
    cue,
    rule: 'mention/after-day-word-relative',
  };
};

const RELATIVE_SUBJECT =
  /\b(?:which|who|whom|where)\s+((?:(?:the|a|an)\s+)?[\p{L}][\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(,\s[^,]{1,40},)?\s+(?:\p{Ll}+ly\s+)?$/u;
