import { escapeRegExp, regExpBy } from './speaker-names.js';

// the last word of a newspaper's name: "The Sunday Telegraph", "USA Today", "The Las Vegas Review-Journal"
const OUTLET_END =
  /(?:^|\s)(?:Times|Post|Journal|Review-Journal|Telegraph|Mail|Herald|Mirror|Express|Guardian|Observer|Independent|Tribune|Chronicle|Gazette|Today|Inquirer|Courier|Sentinel|Bulletin)$/u;
// capitalised words that open a clause or a phrase, not a newspaper's name: "According to the Post", "In Times …"
const NOT_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|As|According|Said|Says|Told|Both|Yesterday|Today)$/;

// the searches per name, built once per name
const LONGER = regExpBy(
  'gu',
  (speaker) =>
    `((?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*[ \\t]+)+)${escapeRegExp(speaker)}(?![\\p{L}\\p{N}'’-])((?:[ \\t]+on[ \\t]+Sunday)?)`,
);
const ON_SUNDAY = regExpBy(
  'u',
  (speaker) => `(?<![\\p{L}\\p{N}'’-])${escapeRegExp(speaker)}[ \\t]+on[ \\t]+Sunday\\b`,
);

/**
 * The newspaper's name as the text gives it in full, nearest before the mention (else first after): "Post"
 * after "the Washington Post" → "Washington Post"; "the Sunday Telegraph" → "Sunday Telegraph" (its mention cut
 * short); "USA Today"; "The Mail on Sunday". Null when the text gives no longer name.
 */
export function fullOutletName(speaker: string, text: string, at: number): string | null {
  if (!OUTLET_END.test(speaker) || /['’]/.test(speaker)) return null;
  const longer = LONGER(speaker);
  longer.lastIndex = 0;
  let before: string | null = null;
  let after: string | null = null;
  for (let m = longer.exec(text); m; m = longer.exec(text)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/);
    // "Sunday's Financial Mail": the words after an owner's 's; none that opens a clause
    let from = words.length;
    // (nor a place's hyphenated participle: "the Oslo-based Tarn Post")
    while (
      from > 0 &&
      !/['’]s$/u.test(words[from - 1] ?? '') &&
      !NOT_NAME.test(words[from - 1] ?? '') &&
      !/-\p{Ll}+$/u.test(words[from - 1] ?? '')
    )
      from--;
    const name = [...words.slice(from), speaker].join(' ') + (m[2] ?? '').replace(/\s+/g, ' ');
    if (name === speaker) continue;
    if (m.index < at) before = name;
    else after ??= name;
  }
  // ("The Mail on Sunday" written with the day only)
  if (!before && !after) {
    if (ON_SUNDAY(speaker).test(text)) return `${speaker} on Sunday`;
  }
  return before ?? after;
}
