import type { SpinRule } from './spin-rule.js';

// "“… president of the United States of America,” he added": inside a direct quote the words are the speaker's,
// so they count half (a spun copy may still have rewritten them)
export const isInsideQuote: SpinRule = (m, text) => {
  const paragraphStart = text.lastIndexOf('\n', m.start) + 1;
  // the marks counted by code, not matched into an array
  let marks = 0;
  for (let i = paragraphStart; i < m.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) marks++;
  }
  return marks % 2 === 1 ? { weight: 0.5, rule: 'spin/inside-quote' } : undefined;
};
