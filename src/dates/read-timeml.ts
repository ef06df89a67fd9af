// Reads a TimeML (.tml) document: its creation date, the plain text of <TEXT>, and the TIMEX3 spans in it.
import type { ScoredTimex } from './score-timexes.js';

export interface TimemlDocument {
  dct: string | null;
  text: string;
  timexes: Array<ScoredTimex & { text: string }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readTimeml(xml: string): TimemlDocument {
  const dctMatch = /<DCT>[\s\S]*?value="([^"]+)"[\s\S]*?<\/DCT>/.exec(xml);
  const dct = dctMatch?.[1]?.slice(0, 10) ?? null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error('TimeML: no <TEXT> element');
  const body = xml.slice(open + 6, close);
  let text = '';
  const timexes: TimemlDocument['timexes'] = [];
  let current: { start: number; type: string; value: string } | null = null;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);|[^<&]+|&/g)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (current) timexes.push({ ...current, end: text.length, text: text.slice(current.start) });
        current = null;
      } else {
        const attrs = m[3] ?? '';
        current = {
          start: text.length,
          type: /type="([^"]*)"/.exec(attrs)?.[1] ?? '',
          value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '',
        };
        if (attrs.trim().endsWith('/')) current = null;
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? '';
    else text += m[0];
  }
  return { dct, text, timexes };
}
