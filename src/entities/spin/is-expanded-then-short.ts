import type { SpinRule } from './spin-rule.js';

// "the Federal Bureau of Investigation … the FBI": a first mention in full, the short form after, is ordinary
export const isExpandedThenShort: SpinRule = (m, _text, all) => {
  const same = all.filter((o) => o.entry?.canonical === m.entry?.canonical);
  const first = same[0] === m;
  const shortLater = same.some((o) => o.start > m.start && o.entry && o.entry.type !== 'long');
  return first && shortLater ? null : undefined;
};
