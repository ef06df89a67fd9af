import type { MentionRule } from './speaker-rule.js';

// "R-Idaho", "(D-N.Y.)", "D-Calif.": a party and state tag after a lawmaker's name
const PARTY_TAG = /^\(?[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\)?$/u;
// the name right before the tag, with a title if any: "Sen. Tom Reid, " / "Rep. Ann Tull ("
const NAME_BEFORE_TAG =
  /((?:(?:Sen|Rep|Gov|Senator|Representative|Congressman|Congresswoman)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,3})\s*[,(]\s*$/u;

/**
 * "Sen. Tom Reid, R-Idaho, who agreed that …", "Rep. Ann Tull (D-Tarn) said …": a mention that is only the
 * party and state tag stands for the lawmaker named right before it.
 */
export const mentionPartyTag: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || !PARTY_TAG.test(m.text)) return null;
  const from = Math.max(0, m.start - 80);
  const before = text.slice(from, m.start);
  const hit = NAME_BEFORE_TAG.exec(before);
  if (!hit?.[1]) return null;
  const start = from + hit.index;
  return {
    mention: { start, end: start + hit[1].length, text: hit[1] },
    cue: quote.cue,
    rule: 'mention/party-tag',
  };
};
