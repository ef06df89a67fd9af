import type { SpinRule } from './spin-rule.js';

// "the North Atlantic Treaty Organization (NATO)": a first mention that expands an acronym is ordinary
export const expandsAcronym: SpinRule = (m, text) =>
  /^\s*\(\s*["“]?\p{Lu}[\p{Lu}.&-]+["”]?\s*\)/u.test(text.slice(m.end, m.end + 14)) ? null : undefined;
