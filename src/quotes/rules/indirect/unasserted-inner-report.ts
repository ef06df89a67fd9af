import type { Quote } from '../../../types.js';

// "denied she had been told …": a denial says the report inside it did not happen
const DENIAL = /\bden(?:y|ies|ied|ying)\b/i;
// "A survey suggests …", "The poll found …": a finding of a survey or study
const FINDING = /\b(?:suggest(?:s|ed)?|find(?:s)?|found|show(?:s|ed|n)?|reveal(?:s|ed)?|indicate(?:s|d)?)\b/i;
// "69% of over-55s", "most voters", "nearly half of firms", "one in five parents": a share of those asked
const SHARE =
  /^(?:(?:nearly|almost|about|around|over|more than|fewer than|less than|just|only|some)\s+)?(?:\d[\d.,]*\s*(?:%|per ?cent\b|pct\b)|most\b|many\b|a majority\b|the majority\b|half\b|a (?:third|quarter|fifth|tenth)\b|two-thirds\b|three-quarters\b|(?:one|two|three|four) in (?:\d+|three|four|five|six|seven|eight|nine|ten)\b)/i;

/**
 * An indirect report whose cue lies inside the clause of another report that does not assert it: a denial's
 * ("Ada Kray denied she had been told that the pier was unsafe": nobody is reported telling her) or a survey's
 * finding about a share of those asked ("A poll suggests 60% of growers say prices are too low": the poll is
 * the source). `all` holds the indirect records of the text.
 */
export function unassertedInnerReport(inner: Quote, all: readonly Quote[]): boolean {
  const cue = inner.cue;
  if (inner.type !== 'indirect' || !cue) return false;
  return all.some((outer) => {
    if (outer === inner || outer.type === 'direct' || !outer.cue) return false;
    if (cue.start < outer.start || cue.end > outer.end) return false;
    // (the inner report is what is denied only as the denial clause's own verb, right after its subject, not one
    // further on or joined after it: "denied the plan, and a spokesman said …" asserts the spokesman's words)
    const lead = outer.content.slice(0, cue.start - outer.start);
    // ("denied that Mr Orr, his transport spokesman, said …": the subject and its apposition, a few words)
    if (DENIAL.test(outer.cue.text))
      return lead.replace(/,[^,;]{1,60},/g, ' ').length <= 30 && !/[;:]|,\s*(?:and|but|while)\b/i.test(lead);
    // (the finding's clause opens with the share: the tagger may name only "over-55s" as the speaker)
    return FINDING.test(outer.cue.text) && SHARE.test(lead);
  });
}
