import type { SpeakerRule } from './speaker-rule.js';

// "an official said", "analysts say", "his spokesman insisted": an unnamed source keeps the descriptor.
export const speakerAsWritten: SpeakerRule = ({ quote }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  return {
    speaker: m.replace(/^(?:A|An|The|One|Some|Many|Other|Several|Two|Three)\b/, (w) => w.toLowerCase()),
    rule: 'speaker/descriptor-as-written',
  };
};
