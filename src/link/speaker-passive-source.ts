import type { SpeakerRule } from './speaker-rule.js';

const UNNAMED =
  /^(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}(?:official|spokesman|spokeswoman|spokesperson|source|representative|diplomat|aide|insider|officer)$/iu;

// "…, TASS was told on Friday." The one who told is not named here: the article's unnamed source, if any.
export const speakerPassiveSource: SpeakerRule = ({ quote, all }) => {
  if (!/\/passive(?:-named-hearer)?$/.test(quote.rule)) return null;
  // only an outlet or organisation being told ("TASS was told"), not "he was told"
  if (!quote.rule.endsWith('/passive-named-hearer'))
    return { speaker: null, rule: 'speaker/passive-unknown' };
  const source = all.find((q) => q !== quote && q.mention && UNNAMED.test(q.mention.text));
  if (source?.mention)
    return {
      speaker: source.mention.text.replace(/^./, (c) => c.toLowerCase()),
      rule: 'speaker/passive-unnamed-source',
    };
  return { speaker: null, rule: 'speaker/passive-unknown' };
};
