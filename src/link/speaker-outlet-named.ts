import type { SpeakerRule } from './speaker-rule.js';

const OUTLET_CLASS =
  /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:newspaper|daily|paper|magazine|weekly|tabloid|broadsheet)$/u;
const OUTLET_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:Times|Post|Journal|News|Daily|Herald|Guardian|Telegraph|Tribune|Gazette|Mail|Express|Mirror|Star|Sun|Observer|Standard|Bulletin|Chronicle|Courier|Magazine|Review|Week|Economist|Monitor|Press|Day|Independent|Globe|Record|Sentinel|Inquirer|Shimbun|Zeitung|Le Monde|Figaro)$/u;

// a newspaper's word anywhere in a source's name: "The Daily Vell", "Vell Weekly Courier" (not "Post", "News":
// "the Post Office", "News Corp")
export const OUTLET_WORD =
  /(?:^|\s)(?:Daily|Times|Journal|Herald|Gazette|Gazeta|Tribune|Telegraph|Chronicle|Courier|Inquirer|Zeitung|Shimbun|Weekly|Dispatch|Examiner)(?:\s|$)/u;

// "… the Business Bulletin reported. The newspaper said …" → Business Bulletin; "The Daily Vell said … The paper
// added …" → Daily Vell: the outlet named last before, a newspaper's name or a source whose name has a newspaper's
// word; with none, "the newspaper" stays as written rather than becoming the firm the story is about.
export const speakerOutletNamed: SpeakerRule = ({ quote, text, previous }) => {
  const m = quote.mention;
  if (!m || !OUTLET_CLASS.test(m.text)) return null;
  const before = text.slice(0, m.start);
  const runs = before.matchAll(/(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*/gu);
  let latest: string | null = null;
  let latestAt = -1;
  for (const r of runs)
    if (OUTLET_NAME.test(r[0]) && /\s/.test(r[0])) {
      latest = r[0];
      latestAt = r.index;
    }
  // the sources of the quotes before, the most recent last
  for (const p of previous) {
    const pm = p.mention;
    if (!pm || pm.start >= m.start || pm.start <= latestAt || !p.speaker) continue;
    if (OUTLET_WORD.test(p.speaker) && /^\p{Lu}/u.test(p.speaker) && /\s/.test(p.speaker)) {
      latest = p.speaker;
      latestAt = pm.start;
    }
  }
  if (latest) return { speaker: latest.replace(/^The\s+/, ''), rule: 'speaker/outlet-named' };
  return { speaker: m.text.replace(/^The\b/, 'the'), rule: 'speaker/outlet-unnamed' };
};
