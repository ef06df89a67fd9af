import { LONG_FORM_SHARE, shareOfForm } from '../data/alias-frequency.js';
import type { SpinRule } from './spin-rule.js';

// a form the alias-frequency table finds common in news is ordinary
export const isCommonInNews: SpinRule = (m) => {
  if (!m.entry) return undefined;
  const share = shareOfForm(m.entry.canonical, m.entry.form);
  return share !== null && share >= LONG_FORM_SHARE ? null : undefined;
};
