import { isCommonWord } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "an official said", "analysts say", "his spokesman insisted": an unnamed source keeps the descriptor;
// "Analysts at Keel Securities said": a common noun capitalised only to open the sentence is lower-cased
// (not "Bank of America said").
// "Six in 10 say …", "nearly nine out of 10 said …": a share of those polled, not the bare number the cue's
// subject was cut to
const RATIO =
  /(?:\b(?:about|around|roughly|nearly|almost|more than|fewer than|less than|over|under|only|just)\s+)?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+$/i;

export const speakerAsWritten: SpeakerRule = ({ quote, text }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  if (/^\d+$/.test(m) && quote.mention) {
    const before = RATIO.exec(text.slice(Math.max(0, quote.mention.start - 40), quote.mention.start))?.[0];
    if (before)
      return {
        speaker: `${before[0]?.toLowerCase() ?? ''}${before.slice(1)}${m}`,
        rule: 'speaker/ratio-as-written',
      };
  }
  // ("Traders both in Marlow and Kelso": a word spreading the phrase may come before it)
  const common =
    /^(\p{Lu}\p{Ll}+)\s+(?:(?:both|mainly|mostly|chiefly|largely|especially|particularly)\s+)?(?:in|at|for|of|from|with)\s/u.exec(
      m,
    )?.[1];
  // "Bank of America", "University of Norland": one name, not a common noun and its phrase
  const named = /^\p{Lu}\p{Ll}+[^s\s]\s+of\s+\p{Lu}/u.test(m);
  return {
    speaker:
      common && !named && isCommonWord(common, text)
        ? `${common.toLowerCase()}${m.slice(common.length)}`
        : m.replace(/^(?:A|An|The|One|Some|Many|Other|Several|Two|Three)\b/, (w) => w.toLowerCase()),
    rule: 'speaker/descriptor-as-written',
  };
};
