// Hand-written token features for the PolNeAR span tagger: the word and its neighbours, POS, shape, quote
// marks, distance to a known cue word, and what the PolNeAR span rules made of the token.
import type { Quote } from '../../types.js';
import { isInsideQuoted, type QuoteContext } from '../quote-context.js';
import { LEARNED_CUES } from './learned-cues.js';

/** What the rules said of each token of the text: 'B-S', 'I-C', 'O', … and the rule that said it. */
export interface RuleTag {
  tag: string;
  rule: string;
}

/** Each token's role in the rules' quotes: mention S, cue C, content T (first quote wins). */
export function ruleTags(ctx: QuoteContext, quotes: Quote[]): RuleTag[] {
  const out: RuleTag[] = ctx.tokens.map(() => ({ tag: 'O', rule: '' }));
  const mark = (span: { start: number; end: number } | null, role: string, rule: string) => {
    if (!span) return;
    let first = true;
    ctx.tokens.forEach((t, i) => {
      if (t.start < span.start || t.start >= span.end || out[i]?.tag !== 'O') return;
      out[i] = { tag: `${first ? 'B' : 'I'}-${role}`, rule };
      first = false;
    });
  };
  for (const q of quotes) {
    const rule = q.rule.split('/').pop() ?? q.rule;
    mark(q.mention, 'S', rule);
    mark(q.cue, 'C', rule);
    mark(q, 'T', rule);
  }
  return out;
}

const shape = (w: string): string =>
  w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1+/g, '$1$1');

/** How often PolNeAR train marks the word as (part of) a cue: hi ≥ 60%, mid ≥ 30%, none. */
export function cueRate(word: string): 'hi' | 'mid' | 'none' {
  const c = LEARNED_CUES[word];
  if (!c) return 'none';
  return c[0] / c[1] >= 0.6 ? 'hi' : 'mid';
}

/** The word without a common inflection ("shows", "showed", "showing" → "show"). */
export const stem = (w: string): string => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);

const bucket = (d: number): string => (d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : 'far');

/** The feature strings of the tokens [from, to) of the text (one paragraph), in order. */
export function tokenFeatures(ctx: QuoteContext, from: number, to: number, rules: RuleTag[]): string[][] {
  const words: string[] = [];
  const pos: string[] = [];
  const cue: string[] = [];
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    words.push(t ? t.norm || ctx.text.slice(t.start, t.end).toLowerCase() : '');
    pos.push(t?.pos ?? '');
    cue.push(cueRate(words[words.length - 1] ?? ''));
  }
  const n = to - from;
  const w = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : (words[k] as string));
  const p = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : (pos[k] as string));
  const r = (k: number) => (k < 0 || k >= n ? '-' : (rules[from + k]?.tag ?? 'O'));
  // distance to the nearest strong cue word on each side, within the sentence
  const sentence = (k: number) => ctx.tokens[from + k]?.sentence ?? -1;
  const left: number[] = [];
  const right: number[] = new Array(n).fill(-1);
  let lastCue = -1;
  for (let k = 0; k < n; k++) {
    if (lastCue >= 0 && sentence(lastCue) !== sentence(k)) lastCue = -1;
    left.push(lastCue < 0 ? -1 : k - lastCue);
    if (cue[k] === 'hi') lastCue = k;
  }
  lastCue = -1;
  for (let k = n - 1; k >= 0; k--) {
    if (lastCue >= 0 && sentence(lastCue) !== sentence(k)) lastCue = -1;
    right[k] = lastCue < 0 ? -1 : lastCue - k;
    if (cue[k] === 'hi') lastCue = k;
  }
  const sentStartAt: number[] = [];
  for (let k = 0; k < n; k++)
    sentStartAt.push(k && sentence(k - 1) === sentence(k) ? (sentStartAt[k - 1] as number) : k);
  const sentEndAt: number[] = new Array(n).fill(n);
  for (let k = n - 1; k >= 0; k--)
    sentEndAt[k] = k < n - 1 && sentence(k + 1) === sentence(k) ? (sentEndAt[k + 1] as number) : k + 1;
  // the nearest cue word (hi or mid) on each side within the sentence, and whether a comma lies between
  const leftWord: string[] = [];
  const rightWord: string[] = new Array(n).fill('none');
  let lw = -1;
  let comma = false;
  for (let k = 0; k < n; k++) {
    if (lw >= 0 && sentence(lw) !== sentence(k)) lw = -1;
    leftWord.push(lw < 0 ? 'none' : `${words[lw]}|${bucket(k - lw)}|${comma ? ',' : ''}`);
    if (cue[k] !== 'none') {
      lw = k;
      comma = false;
    } else if (words[k] === ',') comma = true;
  }
  let rw = -1;
  comma = false;
  for (let k = n - 1; k >= 0; k--) {
    if (rw >= 0 && sentence(rw) !== sentence(k)) rw = -1;
    rightWord[k] = rw < 0 ? 'none' : `${words[rw]}|${bucket(rw - k)}|${comma ? ',' : ''}`;
    if (cue[k] !== 'none') {
      rw = k;
      comma = false;
    } else if (words[k] === ',') comma = true;
  }
  // the first cue word (hi or mid) of the sentence before the token, how many come before it, and whether a
  // "that" lies between the nearest one and the token ("reports that the team avoided taking …": the outer cue)
  const firstWord: string[] = [];
  const before: number[] = [];
  const thatAfter: boolean[] = [];
  let fw = -1;
  let count = 0;
  let that = false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && sentence(k - 1) !== sentence(k)) {
      fw = -1;
      count = 0;
      that = false;
    }
    firstWord.push(fw < 0 ? 'none' : `${words[fw]}|${bucket(k - fw)}`);
    before.push(count);
    thatAfter.push(that);
    if (cue[k] !== 'none') {
      if (fw < 0) fw = k;
      count++;
      that = false;
    } else if (words[k] === 'that') that = true;
  }
  // whether the rules found a content in the token's sentence
  const ruledSentence = new Set<number>();
  for (let k = 0; k < n; k++) if (r(k).endsWith('-T')) ruledSentence.add(sentence(k));
  const quoted = (k: number) => {
    const t = ctx.tokens[from + k];
    return k < 0 || k >= n || !t ? '-' : isInsideQuoted(ctx, t.start) ? 'q' : 'nq';
  };
  const st = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : stem(words[k] as string));
  const extra = contextFeatures(ctx, from, n, words, pos, cue, sentence);
  const out: string[][] = [];
  for (let k = 0; k < n; k++) {
    const tok = ctx.tokens[from + k];
    const raw = tok ? ctx.text.slice(tok.start, tok.end) : '';
    const word = w(k);
    const inQ = tok && isInsideQuoted(ctx, tok.start) ? 'q' : 'nq';
    const sentStart = k === 0 || sentence(k - 1) !== sentence(k);
    const sentEnd = k === n - 1 || sentence(k + 1) !== sentence(k);
    const l = left[k] as number;
    const rt = right[k] as number;
    const cueSide = `${l < 0 ? 'none' : bucket(l)}|${rt < 0 ? 'none' : bucket(rt)}`;
    const rule = rules[from + k];
    out.push([
      'bias',
      `w=${word}`,
      `sh=${shape(raw)}`,
      `s3=${word.slice(-3)}`,
      `s2=${word.slice(-2)}`,
      `p=${p(k)}`,
      `w-1=${w(k - 1)}`,
      `w+1=${w(k + 1)}`,
      `w-2=${w(k - 2)}`,
      `w+2=${w(k + 2)}`,
      `w-1w=${w(k - 1)}|${word}`,
      `ww+1=${word}|${w(k + 1)}`,
      `p-1=${p(k - 1)}`,
      `p+1=${p(k + 1)}`,
      `p-2=${p(k - 2)}`,
      `p+2=${p(k + 2)}`,
      `p-1p=${p(k - 1)}|${p(k)}`,
      `pp+1=${p(k)}|${p(k + 1)}`,
      `q=${inQ}`,
      `q-p=${inQ}|${p(k)}`,
      `cue=${cue[k]}`,
      `cue-1=${k > 0 ? cue[k - 1] : '-'}`,
      `cue+1=${k < n - 1 ? cue[k + 1] : '-'}`,
      `cueside=${cueSide}`,
      `cueside-q=${cueSide}|${inQ}`,
      `cueside-p=${cueSide}|${p(k)}`,
      `sent=${sentStart ? 'first' : sentEnd ? 'last' : 'mid'}`,
      `par=${k === 0 ? 'first' : 'in'}`,
      `r=${r(k)}`,
      `r-rule=${r(k)}|${rule?.rule ?? ''}`,
      `r-1=${r(k - 1)}`,
      `r+1=${r(k + 1)}`,
      `r-1r=${r(k - 1)}|${r(k)}`,
      `rr+1=${r(k)}|${r(k + 1)}`,
      `r-w=${r(k)}|${word}`,
      `r-p=${r(k)}|${p(k)}`,
      `st=${st(k)}`,
      `st-1=${st(k - 1)}`,
      `st+1=${st(k + 1)}`,
      `st-p+1=${st(k)}|${p(k + 1)}`,
      `p-1-st=${p(k - 1)}|${st(k)}`,
      `w-p=${word}|${p(k)}`,
      `si=${bucket(k - (sentStartAt[k] as number))}`,
      `se=${bucket((sentEndAt[k] as number) - k - 1)}`,
      `lcw=${leftWord[k]}`,
      `rcw=${rightWord[k]}`,
      `lcw-r=${(leftWord[k] as string).split('|')[0]}|${r(k)}`,
      `srt=${ruledSentence.has(sentence(k)) ? 'y' : 'n'}|${r(k)}`,
      `q-1q=${quoted(k - 1)}|${inQ}|${quoted(k + 1)}`,
      `w+1w+2=${w(k + 1)}|${w(k + 2)}`,
      `w-2w-1=${w(k - 2)}|${w(k - 1)}`,
      `se-p=${bucket((sentEndAt[k] as number) - k - 1)}|${p(k)}|${p(k + 1)}`,
      `fcw=${firstWord[k]}`,
      `ncue=${Math.min(before[k] as number, 2)}|${cue[k]}|${thatAfter[k] ? 'that' : ''}`,
      `ncue-p=${Math.min(before[k] as number, 2)}|${p(k)}|${r(k)}`,
      ...(extra[k] as string[]),
    ]);
  }
  return out;
}

// punctuation and quote marks that bound clauses and quotations
const CLAUSE_MARK = /^[,;:()—–―"“”‘’']$/;

/**
 * Wider-context features of each token of a paragraph (tokens from + 0 … n − 1): the nearest clause mark on each
 * side in the sentence, every cue word of the sentence (stem and side), the word after the nearest cue word on
 * the left and whether a verb lies between, where the token sits relative to the sentence's quotation, and
 * whether the sentence opens with a speaker's colon ("WALLACE: …").
 */
function contextFeatures(
  ctx: QuoteContext,
  from: number,
  n: number,
  words: string[],
  pos: string[],
  cue: string[],
  sentence: (k: number) => number,
): string[][] {
  const out: string[][] = [];
  const quoted: boolean[] = [];
  for (let k = 0; k < n; k++) {
    const t = ctx.tokens[from + k];
    quoted.push(t ? isInsideQuoted(ctx, t.start) : false);
  }
  // sentence ranges
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < n; k++) {
    const first = k === 0 || sentence(k - 1) !== sentence(k);
    starts.push(first ? k : (starts[k - 1] as number));
  }
  for (let k = n - 1; k >= 0; k--) {
    const last = k === n - 1 || sentence(k + 1) !== sentence(k);
    ends[k] = last ? k + 1 : (ends[k + 1] as number);
  }
  for (let k = 0; k < n; k++) {
    const s0 = starts[k] as number;
    const s1 = ends[k] as number;
    const f: string[] = [];
    let lp = 'none';
    for (let j = k - 1; j >= s0; j--)
      if (CLAUSE_MARK.test(words[j] as string)) {
        lp = `${words[j]}|${bucket(k - j)}`;
        break;
      }
    let rp = 'none';
    for (let j = k + 1; j < s1; j++)
      if (CLAUSE_MARK.test(words[j] as string)) {
        rp = `${words[j]}|${bucket(j - k)}`;
        break;
      }
    f.push(`lpu=${lp}`, `rpu=${rp}`, `lpu-rpu=${lp.split('|')[0]}|${rp.split('|')[0]}`);
    let nearL = -1;
    let cues = 0;
    for (let j = s0; j < s1 && cues < 4; j++) {
      if (cue[j] === 'none' || j === k) continue;
      cues++;
      f.push(`sc=${stem(words[j] as string)}|${j < k ? 'L' : 'R'}`);
      if (j < k) nearL = j;
    }
    if (nearL >= 0) {
      let verb = false;
      for (let j = nearL + 1; j < k; j++) if (/^(?:VERB|AUX)$/.test(pos[j] as string)) verb = true;
      f.push(`lcn=${words[nearL + 1] ?? ''}|${verb ? 'v' : ''}`, `lcv=${verb ? 'v' : ''}|${pos[k]}`);
    } else f.push('lcn=none');
    let firstQ = -1;
    let lastQ = -1;
    for (let j = s0; j < s1; j++)
      if (quoted[j]) {
        if (firstQ < 0) firstQ = j;
        lastQ = j;
      }
    const zone = firstQ < 0 ? 'none' : quoted[k] ? 'in' : k < firstQ ? 'pre' : k > lastQ ? 'post' : 'between';
    f.push(`qz=${zone}`, `qz-p=${zone}|${pos[k]}`);
    const colon = words.slice(s0, Math.min(s1, s0 + 5)).indexOf(':');
    f.push(`sco=${colon < 0 ? 'n' : k <= s0 + colon ? 'head' : 'tail'}`);
    out.push(f);
  }
  return out;
}

/**
 * Features of a second reading (the stacked model): the first reading's tags (indices into TAGS) of the token
 * and its neighbours, and what it found in the token's sentence: the nearest cue on each side (its first word
 * and how far), whether a source and a content lie in the sentence, and the token's place in the span the first
 * reading put it in.
 */
export function stackFeatures(
  ctx: QuoteContext,
  from: number,
  tags: ArrayLike<number>,
  tagNames: readonly string[],
): string[][] {
  const n = tags.length;
  const t = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : (tagNames[tags[k] as number] as string));
  const role = (k: number) => (k < 0 || k >= n ? '-' : t(k).replace(/^[BI]-/, ''));
  const beginsCue = tagNames.indexOf('B-C');
  const sentence = (k: number) => ctx.tokens[from + k]?.sentence ?? -1;
  const word = (k: number) => {
    const tok = ctx.tokens[from + k];
    return tok ? tok.norm || ctx.text.slice(tok.start, tok.end).toLowerCase() : '';
  };
  const out: string[][] = [];
  for (let k = 0; k < n; k++) {
    let s0 = k;
    while (s0 > 0 && sentence(s0 - 1) === sentence(k)) s0--;
    let s1 = k + 1;
    while (s1 < n && sentence(s1) === sentence(k)) s1++;
    let lc = 'none';
    for (let j = k - 1; j >= s0; j--)
      if (role(j) === 'C') {
        let b = j;
        while (b > s0 && tags[b] !== beginsCue) b--;
        lc = `${word(b)}|${bucket(k - j)}`;
        break;
      }
    let rc = 'none';
    for (let j = k + 1; j < s1; j++)
      if (role(j) === 'C') {
        rc = `${word(j)}|${bucket(j - k)}`;
        break;
      }
    let hasS = false;
    let hasT = false;
    for (let j = s0; j < s1; j++) {
      if (role(j) === 'S') hasS = true;
      if (role(j) === 'T') hasT = true;
    }
    // the token's place in its first-reading span: first, last, inside, or a one-token span
    const r = role(k);
    const place =
      r === '-' || r === 'O'
        ? 'o'
        : `${t(k).startsWith('B') ? 'b' : ''}${role(k + 1) === r && t(k + 1).startsWith('I') ? '' : 'e'}`;
    out.push([
      `1t=${t(k)}`,
      `1t-1=${t(k - 1)}`,
      `1t+1=${t(k + 1)}`,
      `1t-2=${t(k - 2)}`,
      `1t+2=${t(k + 2)}`,
      `1t-1t=${t(k - 1)}|${t(k)}|${t(k + 1)}`,
      `1t-w=${t(k)}|${word(k)}`,
      `1lc=${lc}`,
      `1rc=${rc}`,
      `1lc-t=${lc.split('|')[0]}|${t(k)}`,
      `1sent=${hasS ? 'S' : ''}${hasT ? 'T' : ''}|${r}`,
      `1place=${place}|${r}`,
    ]);
  }
  return out;
}
