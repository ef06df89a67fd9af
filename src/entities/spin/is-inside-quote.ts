import type { SpinRule } from './spin-rule.js';

// "“… president of the United States of America,” he added": inside a direct quote the words are the speaker's,
// so they count half (a spun copy may still have rewritten them)
export const isInsideQuote: SpinRule = (m, text) => {
  const paragraphStart = text.lastIndexOf('\n', m.start) + 1;
  const marks = text.slice(paragraphStart, m.start).match(/["\u201C\u201D\u00AB\u00BB]/g)?.length ?? 0;
  return marks % 2 === 1 ? { weight: 0.5, rule: 'spin/inside-quote' } : undefined;
};
