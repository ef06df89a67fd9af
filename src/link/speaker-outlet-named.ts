import type { SpeakerRule } from './speaker-rule.js';

const OUTLET_CLASS =
  /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:newspaper|daily|paper|magazine|weekly|tabloid|broadsheet)$/u;
const OUTLET_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:Times|Post|Journal|News|Daily|Herald|Guardian|Telegraph|Tribune|Gazette|Mail|Express|Mirror|Star|Sun|Observer|Standard|Bulletin|Chronicle|Courier|Magazine|Review|Week|Economist|Monitor|Press|Day|Independent|Globe|Record|Sentinel|Inquirer|Shimbun|Zeitung|Le Monde|Figaro)$/u;

// "… the Business Bulletin reported. The newspaper said …" → Business Bulletin; with no outlet named before,
// "the newspaper" stays as written rather than becoming the firm the story is about.
export const speakerOutletNamed: SpeakerRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || !OUTLET_CLASS.test(m.text)) return null;
  const before = text.slice(0, m.start);
  const runs = before.matchAll(/(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*/gu);
  let latest: string | null = null;
  for (const r of runs) if (OUTLET_NAME.test(r[0]) && /\s/.test(r[0])) latest = r[0];
  if (latest) return { speaker: latest.replace(/^The\s+/, ''), rule: 'speaker/outlet-named' };
  return { speaker: m.text.replace(/^The\b/, 'the'), rule: 'speaker/outlet-unnamed' };
};
