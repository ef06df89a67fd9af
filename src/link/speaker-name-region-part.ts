import { cachedRegExp, escapeRegExp } from './speaker-names.js';

// a region or holding word a wire writes in brackets inside a company's name: "Keel Securities Co (Europe) Ltd",
// "Tarn Equity (Pacific) Ltd" (not an acronym, "(IAEA)", nor a short name, "(Tarnoil)": those are no part of it)
const REGION = String.raw`\((?:Pacific|Asia|Asia Pacific|Europe|America|Americas|Far East|Middle East|North America|Latin America|International|Overseas|Holdings|U\.?K\.?|U\.?S\.?A?\.?|Canada|Australia|Japan|Hong Kong|Singapore|Bermuda|Switzerland|Netherlands|Deutschland|Nederland|Luxembourg)\)`;
const SUFFIX = String.raw`(?:Ltd|Inc|Corp|Co|Plc|PLC|SA|AG|NV|BV|Pty|Bhd|Limited)\b\.?`;
const REGION_ANYWHERE = new RegExp(REGION, 'u');

// whether the text writes a region word in brackets anywhere, for the last text asked (the rule is asked once per
// speaker of one article; without one no name of it can take one, and the name's pattern is not run over the text)
let lastText: string | null = null;
let lastWritesRegion = false;
export function writesRegion(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastWritesRegion = REGION_ANYWHERE.test(text);
  }
  return lastWritesRegion;
}

/**
 * "Keel Securities Co Ltd" where the text writes "Keel Securities Co (Europe) Ltd", "Tarn Equity" where it writes
 * "Tarn Equity (Pacific) Ltd": the name with the bracketed region word the entity layer left out, as the text writes
 * it at its longest; null when the text never writes one.
 */
export function nameWithRegionPart(speaker: string, text: string): string | null {
  if (speaker.includes('(') || !text.includes('(') || !writesRegion(text)) return null;
  const words = speaker.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0] ?? '')) return null;
  const gap = String.raw`(?:\s+${REGION})?\s+`;
  const pattern = cachedRegExp(
    String.raw`(?<![\p{L}\p{M}])${words.map(escapeRegExp).join(gap)}(?:\s+${REGION}(?:\s+${SUFFIX})?)?(?![\p{L}\p{M}])`,
    'gu',
  );
  let best: string | null = null;
  for (const hit of text.matchAll(pattern)) {
    const written = hit[0].replace(/\s+/g, ' ');
    if (written.includes('(') && (!best || written.length > best.length)) best = written;
  }
  return best;
}
