import type { Paragraph, Sentence, Token } from '../types.js';

/** What the splitter reads of a token: where it is and how it is written. */
type WrittenToken = Pick<Token, 'start' | 'end' | 'text'>;

// "Mr. Smith", "U.S. Navy", "J. R. Hill": a period that belongs to the word before it.
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Messrs|Mmes|Dr|St|Prof|Gen|Col|Lt|Sgt|Capt|Cpl|Adm|Sen|Rep|Gov|Rev|Hon|Jr|Sr|Inc|Corp|Co|Cie|Ltd|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/;

const OPEN_DOUBLE = /["“„«]/;

// the words that open a sentence after an abbreviation or initial, never a name's next word: "… Tarn Co. The
// firm …", "… directed Malcolm X. Her book …", "… in the U.S. After that …"
const OPENER_AFTER_ABBREVIATION =
  /^[\s"“`]*(?:The|A|An|He|She|It|They|We|I|But|In|On|This|That|His|Her|Their|Its|Our|After|When|While|There)\b/;
// a capitalised word, then one capital letter and its period: "Malcolm X."
const NAME_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;

// "… the example of Malcolm X. Ann Lee said …": a first name and a surname, then a report verb, after a name's closing
// initial open a sentence (not "John F. Kennedy said", one word; nor "Michael J. Fox Foundation said", a body)
const NAME_THEN_CUE =
  /^\s*\p{Lu}\p{Ll}+\s+(?!(?:Foundation|Institute|Center|Centre|Group|Trust|Fund|Society|Association|Council|Company|Library|Museum|Hospital|University|College|School|Party|Club|Award|Prize)\b)\p{Lu}\p{Ll}+[\p{L}'’-]*\s+(?:said|says|told|tells|added|adds|asked|argued|wrote|writes|stated|noted|insisted)\b/u;

// "“…, who knows?” Vale told KTV …", "“Why pay?” asked Mayor Ann Vale.": after a question or exclamation and its
// closing mark, a name or descriptor and a report verb (or the verb and a name) attribute the quotation and go on
// the sentence, as after `,”` (not "“Why?” The talks went on.", "“Why?” He left.")
const REPORT_VERB =
  '(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|replied|insisted|declared|shouted|exclaimed|quipped|joked|tweeted|wondered)';
// (a verb that takes a clause must end there or go on with a time or a setting: "“Why?” The board on Thursday
// said it was satisfied" opens a report of its own)
const CLAUSE_VERB_ENDS =
  '(?:said|says|added|adds|wrote|writes|replied|insisted|declared|joked|quipped|exclaimed|shouted|tweeted|wondered)(?=\\s*[.,;:]|\\s+(?:on|in|at|during|after|before|when|while|as|of|to|from|yesterday|today|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)';
const OBJECT_VERB = '(?:told|tells|asked|asks)\\b';
const ATTRIBUTION_AFTER_QUESTION = new RegExp(
  `^\\s*(?:(?!(?:But|And|Yet|So|Then|Now|Still|Later|When|If|In|On|At|After|This|That|It|There|He|She|They|We|I|You|His|Her|Their|Our|My)\\s)(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}|(?:The|A|An)\\s+(?:[\\p{L}'’-]+\\s+){1,4})(?:${CLAUSE_VERB_ENDS}|${OBJECT_VERB})|(?:He|She|They|We|I)\\s+${REPORT_VERB}\\s*[.,]|(?:Said|Asked|Added|Replied|Insisted|Declared)\\s+\\p{Lu})`,
  'u',
);

// A token that can end a sentence: ". ! ? …" runs or a word with its period ("Inc.", "it.").
const SENTENCE_END = /^(?:[.!?…]+|\S+\.)$/;
// Its last character, checked first: most tokens are not sentence ends.
const SENTENCE_END_LAST = new Set(['.', '!', '?', '…']);

/**
 * Whether a double quote is open at each offset of text[from, to): entry k is the state before from + k, so
 * a paragraph is read once however many boundaries ask (a mark opens after a space and before a word, closes
 * after a word: ` "We` / `us," `).
 */
function quoteStates(text: string, from: number, to: number): Uint8Array {
  const states = new Uint8Array(to - from + 1);
  let open = false;
  // (by character code: most characters are none of the marks)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // “ „ « ``
    if (c === 0x201c || c === 0x201e || c === 0xab || (c === 0x60 && text.charCodeAt(i + 1) === 0x60))
      open = true;
    // ” »
    else if (c === 0x201d || c === 0xbb) open = false;
    // ``…'' (newswire): two apostrophes after a word close
    else if (
      c === 0x27 &&
      text.charCodeAt(i + 1) === 0x27 &&
      /\S/.test(i > from ? (text[i - 1] ?? ' ') : ' ')
    )
      open = false;
    else if (c === 0x22) {
      const before = i > from ? (text[i - 1] ?? ' ') : ' ';
      const after = text[i + 1] ?? ' ';
      if (/[\s([{—–-]/.test(before) && /\S/.test(after)) open = true;
      else if (/\S/.test(before)) open = false;
      else open = !open;
    }
    states[i - from + 1] = open ? 1 : 0;
  }
  return states;
}

// The last word of `before` with the space or bracket in front of it: all of `before` that ABBREVIATION,
// anchored at the end and spanning no space, can match (scanning the whole paragraph cost more than the split).
function lastWord(before: string): string {
  let i = before.length - 1;
  while (i >= 0 && !/[\s(]/.test(before[i] ?? '')) i--;
  return i < 0 ? before : before.slice(i);
}

/** The first token from `j` on that is not an opening mark (`“The`, `` ``The ``), or "". */
function wordAfterMarks(tokens: WrittenToken[], j: number): string {
  let k = j;
  while (/^[`"“‘'«]+$/.test(tokens[k]?.text ?? '')) k++;
  return tokens[k]?.text ?? '';
}

/** Where the quote open at `at` closes, or -1. */
function closingMark(text: string, at: number, end: number): number {
  for (let i = at; i < end; i++) {
    const c = text[i] ?? '';
    // ` "late` opens a new quote: the earlier one never closed
    if (c === '"' && /\s/.test(text[i - 1] ?? ' ') && /\S/.test(text[i + 1] ?? ' ')) return -1;
    if (c === '”' || c === '»' || c === '"' || (c === "'" && text[i + 1] === "'")) return i;
    if ((OPEN_DOUBLE.test(c) && c !== '"') || (c === '`' && text[i + 1] === '`')) return -1;
  }
  return -1;
}

/**
 * Sentences of one paragraph, split after tokens that end in . ! ? or …, with repairs: no split after an
 * abbreviation or initial, before a lower-case continuation (`"Stop!" he said.`), or inside a quotation that
 * the sentence goes on after (`“We won. It was fun,” she said.`).
 */
export function splitSentences(
  text: string,
  paragraph: Paragraph,
  tokens: WrittenToken[],
  first: number,
): Sentence[] {
  let states: Uint8Array | null = null;
  const insideQuote = (at: number): boolean => {
    states ??= quoteStates(text, paragraph.start, paragraph.end);
    return states[at - paragraph.start] === 1;
  };
  const bounds: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const tok = tokens[i];
    if (!tok || !SENTENCE_END_LAST.has(tok.text.at(-1) ?? '') || !SENTENCE_END.test(tok.text)) continue;
    let j = i + 1;
    // closing marks stay with the sentence they close: `."` `.”` `.)`
    while (j < tokens.length && /^["”’'»)\]]+$/.test(tokens[j]?.text ?? '')) {
      const t = tokens[j];
      if (!t) break;
      if (t.text === '"' || t.text === "'") {
        // a straight mark after the period: `."␣` closes, `. "By` opens the next sentence's quote
        const after = text[t.end] ?? ' ';
        const before = text[t.start - 1] ?? ' ';
        if (/\S/.test(after) && !/["”’')\]]/.test(after)) break;
        if (/\s/.test(before) && !insideQuote(t.start)) break;
      }
      j++;
    }
    const next = tokens[j];
    if (!next) continue;
    // "team no. 225": a lower-case "no." before a number ends nothing
    if (/^\d/.test(next.text) && /(?:^|\s)no\.?$/.test(text.slice(Math.max(0, tok.start - 3), tok.end)))
      continue;
    // "Sen. Ann Tull, R-S.C., said": initials joined with no space ("S.C.", "N.Y.") end nothing
    if (
      next.start === tok.end &&
      tok.text === '.' &&
      /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start)) &&
      /^\p{Lu}\./u.test(text.slice(next.start, next.start + 2))
    )
      continue;
    // (a wire's company tag opens a sentence too: "… he said. <Tarn Holdings Ltd>, now suspended, has …")
    const wireTag = /^<\p{Lu}/u.test(text.slice(next.start, next.start + 2));
    if (!/^[\p{Lu}\p{N}"“‘'«([`]/u.test(next.text) && !wireTag) continue;
    // "U.S." or "Inc." inside a sentence: a boundary only before a usual sentence opener
    if (/\S\.$/.test(tok.text) && tok.text.length > 1 && !/^[.!?…]+$/.test(tok.text)) {
      if (!ABBREVIATION.test(` ${tok.text}`) && !/^(?:[A-Z]\.)+$/.test(tok.text)) {
        // an ordinary word with its period attached: a boundary
      } else if (
        // (the word after an opening mark: `Co. “The`, `Co. ``The`)
        !/^(?:The|A|An|He|She|It|They|We|I|But|In|On|This|That|His|Her|Their|Its|Our|After|When|While|There|Mr|Mrs|Ms|Dr)$/.test(
          wordAfterMarks(tokens, j),
        ) &&
        !(
          NAME_INITIAL.test(text.slice(Math.max(paragraph.start, tok.end - 40), tok.end)) &&
          NAME_THEN_CUE.test(text.slice(next.start, next.start + 80))
        )
      )
        continue;
    }
    bounds.push(next.start);
  }
  const kept: number[] = [];
  for (const [bi, b] of bounds.entries()) {
    const before = text.slice(paragraph.start, b).trimEnd();
    const after = text.slice(b, paragraph.end);
    if (
      ABBREVIATION.test(lastWord(before)) &&
      !OPENER_AFTER_ABBREVIATION.test(after) &&
      // "… directed Malcolm X. Mrs Lee said …": a title after a name's closing initial opens a sentence
      // (not "Prof. Dr. Ann Lee": a title after a title)
      !(NAME_INITIAL.test(before) && (/^[\s"“`]*(?:Mr|Mrs|Ms|Dr)\b/.test(after) || NAME_THEN_CUE.test(after)))
    )
      continue;
    if (/^["”’»]?\s*[\p{Ll},;:)]/u.test(after) && !/^["”’»]?\s*[\p{Ll}]+\.\s/u.test(after.slice(0, 4)))
      continue;
    if (/^[”»,;:]/.test(after)) continue;
    if (/[?!]["”»]$/.test(before) && ATTRIBUTION_AFTER_QUESTION.test(after)) continue;
    // "Harbour Bank PLC <HBRB.L> said": the period inside a wire ticker ends nothing
    if (/<[\p{Lu}\p{N}.&-]*\.$/u.test(before) && /^\p{Lu}{1,3}>/u.test(after)) continue;
    if (insideQuote(b)) {
      const close = closingMark(text, b, bounds[bi + 1] ?? paragraph.end);
      if (close >= 0 && (/[,]$/.test(text.slice(b, close)) || /^\s*[\p{Ll}]/u.test(text.slice(close + 1))))
        continue;
    }
    kept.push(b);
  }
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  for (const b of [...kept, paragraph.end]) {
    let s = start;
    let e = b;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s)
      sentences.push({ index: first + sentences.length, paragraph: paragraph.index, start: s, end: e });
    start = b;
  }
  return sentences;
}
