import type { SpinRule } from './spin-rule.js';

// "Constitution of the Russian Federation", "Russian Federation Council": part of a formal name, low weight
export const isInFormalName: SpinRule = (m, text) => {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (/\p{Lu}[\p{L}]+ (?:of|for|to) (?:the )?$/u.test(before) || /^ \p{Lu}\p{Ll}+/u.test(after)) {
    return { weight: 0.25, rule: 'spin/formal-name' };
  }
  return undefined;
};
