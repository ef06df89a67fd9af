// An article's text with spans marked: plain markers ([[quote]]#1 {mention} <cue>) or ANSI colours.
// Overlapping spans nest as far as they can; markers of crossing spans simply cross.

export type MarkKind = 'direct' | 'indirect' | 'belief' | 'mention' | 'cue' | 'spin';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Shown after a quote's closing marker ("#3"). */
  label?: string;
}

const PLAIN: Record<MarkKind, [string, string]> = {
  direct: ['[[', ']]'],
  indirect: ['[[', ']]'],
  belief: ['[[', ']]'],
  mention: ['{', '}'],
  cue: ['<', '>'],
  spin: ['~', '~'],
};

const ANSI: Record<MarkKind, string> = {
  direct: '32', // green
  indirect: '36', // cyan
  belief: '34', // blue
  mention: '1;33', // bold yellow
  cue: '4;35', // underlined magenta
  spin: '7', // inverse
};

export const PLAIN_LEGEND = 'legend: [[quote]]#n  {speaker mention}  <cue>  ~spin~';

export function markText(text: string, marks: Mark[], colour: boolean): string {
  const seen = new Set<string>();
  // one mention can serve several quotes: mark it once
  const valid = marks.filter((m) => {
    const key = `${m.kind}:${m.start}:${m.end}`;
    if (seen.has(key) || m.start < 0 || m.end > text.length || m.start >= m.end) return false;
    seen.add(key);
    return true;
  });
  return colour ? markAnsi(text, valid) : markPlain(text, valid);
}

function markPlain(text: string, marks: Mark[]): string {
  type Event = { at: number; close: boolean; length: number; order: number; text: string };
  const events: Event[] = [];
  marks.forEach((m, order) => {
    const [open, close] = PLAIN[m.kind];
    events.push({ at: m.start, close: false, length: m.end - m.start, order, text: open });
    events.push({ at: m.end, close: true, length: m.end - m.start, order, text: close + (m.label ?? '') });
  });
  // at one offset: closings first (shortest first), then openings (longest first)
  events.sort(
    (a, b) =>
      a.at - b.at ||
      Number(b.close) - Number(a.close) ||
      (a.close ? a.length - b.length || b.order - a.order : b.length - a.length || a.order - b.order),
  );
  let out = '';
  let at = 0;
  for (const event of events) {
    out += text.slice(at, event.at) + event.text;
    at = event.at;
  }
  return out + text.slice(at);
}

function markAnsi(text: string, marks: Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const active = marks.filter((m) => m.start <= from && m.end >= to);
    const codes = active.map((m) => ANSI[m.kind]).join(';');
    out += codes ? `\x1b[${codes}m${text.slice(from, to)}\x1b[0m` : text.slice(from, to);
    for (const m of marks) if (m.end === to && m.label) out += `\x1b[2m${m.label}\x1b[0m`;
  }
  return out;
}
