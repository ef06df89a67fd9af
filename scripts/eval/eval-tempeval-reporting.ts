// Statement dates on TempEval-3: every REPORTING event (said, told, announced) that onrecord finds a quote for
// (the quote's cue covers the event), against the day the annotators linked it to (IS_INCLUDED / DURING /
// SIMULTANEOUS to a DATE timex of the text with a day value). Develop on TBAQ-cleaned, report te3-platinum.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

interface ReportingEvent {
  eid: string;
  start: number;
  end: number;
  /** The linked statement day (YYYY-MM-DD), or null when the annotation links none. */
  day: string | null;
}

interface ReportingDocument {
  id: string;
  dct: string | null;
  text: string;
  events: ReportingEvent[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/** The plain text of <TEXT>, its REPORTING events, and the day each is linked to. */
export function readReportingEvents(id: string, xml: string): ReportingDocument {
  const dct = /<DCT>[\s\S]*?value="([^"]+)"[\s\S]*?<\/DCT>/.exec(xml)?.[1]?.slice(0, 10) ?? null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error('TimeML: no <TEXT> element');
  let text = '';
  const events: Array<Omit<ReportingEvent, 'day'>> = [];
  const timexValue = new Map<string, string>();
  let event: { eid: string; start: number } | null = null;
  for (const m of xml
    .slice(open + 6, close)
    .matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);|[^<&]+|&/g)) {
    if (m[2]) {
      const attrs = m[3] ?? '';
      if (m[2] === 'TIMEX3' && !m[1] && attr(attrs, 'type') === 'DATE')
        timexValue.set(attr(attrs, 'tid'), attr(attrs, 'value'));
      if (m[2] !== 'EVENT') continue;
      if (m[1]) {
        if (event) events.push({ ...event, end: text.length });
        event = null;
      } else
        event = attr(attrs, 'class') === 'REPORTING' ? { eid: attr(attrs, 'eid'), start: text.length } : null;
    } else if (m[4]) text += ENTITIES[m[4]] ?? '';
    else text += m[0];
  }
  const eventOf = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)>/g))
    eventOf.set(attr(m[1] ?? '', 'eiid'), attr(m[1] ?? '', 'eventID'));
  const dayOf = new Map<string, string>();
  for (const m of xml.matchAll(/<TLINK([^>]*)>/g)) {
    const a = m[1] ?? '';
    const rel = attr(a, 'relType');
    // event IS_INCLUDED in time ⇔ time INCLUDES event
    const fromEvent = attr(a, 'eventInstanceID') && attr(a, 'relatedToTime');
    const fromTime = attr(a, 'timeID') && attr(a, 'relatedToEventInstance');
    let eid: string | undefined;
    let tid = '';
    if (fromEvent && /^(?:IS_INCLUDED|DURING|SIMULTANEOUS)$/.test(rel)) {
      eid = eventOf.get(attr(a, 'eventInstanceID'));
      tid = attr(a, 'relatedToTime');
    } else if (fromTime && /^(?:INCLUDES|DURING|SIMULTANEOUS)$/.test(rel)) {
      eid = eventOf.get(attr(a, 'relatedToEventInstance'));
      tid = attr(a, 'timeID');
    }
    const value = timexValue.get(tid);
    if (eid && value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !dayOf.has(eid)) dayOf.set(eid, value);
  }
  return { id, dct, text, events: events.map((e) => ({ ...e, day: dayOf.get(e.eid) ?? null })) };
}

interface ReportingCounts {
  events: number;
  goldDated: number;
  /** Gold-dated events onrecord found a quote for. */
  quoted: number;
  /** Dates given for gold-dated events. */
  predicted: number;
  correct: number;
  /** Quoted events without a linked day. */
  undatedQuoted: number;
  /** …of which onrecord dated anyway (not necessarily wrong: TimeBank links are sparse). */
  undatedDated: number;
}

function countDocuments(docs: ReportingDocument[], misses: string[] | null): ReportingCounts {
  const c: ReportingCounts = {
    events: 0,
    goldDated: 0,
    quoted: 0,
    predicted: 0,
    correct: 0,
    undatedQuoted: 0,
    undatedDated: 0,
  };
  for (const d of docs) {
    const quotes = analyze({ id: d.id, date: d.dct, text: d.text }).quotes;
    const ctx = (s: number, e: number) => d.text.slice(Math.max(0, s - 160), e + 100).replace(/\s+/g, ' ');
    for (const e of d.events) {
      c.events++;
      if (e.day) c.goldDated++;
      const q = quotes.find((x) => x.cue && x.cue.start <= e.start && e.end <= x.cue.end);
      if (!q) {
        if (e.day && misses) misses.push(`NOQUOTE\t${d.id}\t${d.dct}\tgold=${e.day}\t${ctx(e.start, e.end)}`);
        continue;
      }
      if (!e.day) {
        c.undatedQuoted++;
        if (q.when) {
          c.undatedDated++;
          misses?.push(`UNLINKED\t${d.id}\t${d.dct}\tpred=${q.when}\t${q.whenRule}\t${ctx(e.start, e.end)}`);
        }
        continue;
      }
      c.quoted++;
      if (q.when) c.predicted++;
      const ok = q.when === e.day;
      if (ok) c.correct++;
      else
        misses?.push(
          `${q.when ? 'WRONG' : 'UNDATED'}\t${d.id}\t${d.dct}\tgold=${e.day}\tpred=${q.when}\t${q.whenRule}\t[${d.text.slice(e.start, e.end)}] ${ctx(e.start, e.end)}`,
        );
    }
  }
  return c;
}

function readFolder(dir: string): ReportingDocument[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.tml'))
    .sort()
    .map((f) => readReportingEvents(f, readFileSync(join(dir, f), 'utf8')));
}

function rowsOf(set: string, c: ReportingCounts): EvalRow[] {
  const ratio = (n: number, d: number) => (d ? +(n / d).toFixed(3) : null);
  return [
    {
      set,
      metric: 'reporting when precision',
      value: ratio(c.correct, c.predicted),
      anchor: `${c.correct}/${c.predicted}`,
    },
    {
      set,
      metric: 'reporting when recall',
      value: ratio(c.correct, c.quoted),
      anchor: `${c.correct}/${c.quoted} quoted`,
    },
    {
      set,
      metric: 'gold-dated events quoted',
      value: ratio(c.quoted, c.goldDated),
      anchor: `${c.quoted}/${c.goldDated} of ${c.events} REPORTING`,
    },
    {
      set,
      metric: 'unlinked events dated',
      value: ratio(c.undatedDated, c.undatedQuoted),
      anchor: `${c.undatedDated}/${c.undatedQuoted}`,
    },
  ];
}

export async function evaluateTempEvalReporting(opts: EvalOptions): Promise<EvalRow[]> {
  const root = join(opts.shared, 'datasets', 'tempeval3');
  if (!existsSync(root)) return [];
  const sets: Array<[string, ReportingDocument[]]> = [
    [
      'tbaq (dev)',
      [
        ...readFolder(join(root, 'TBAQ-cleaned', 'TimeBank')),
        ...readFolder(join(root, 'TBAQ-cleaned', 'AQUAINT')),
      ],
    ],
    ['te3-platinum', readFolder(join(root, 'te3-platinum'))],
  ];
  const rows: EvalRow[] = [];
  for (const [name, docs] of sets) {
    // misses of the dev set only: the test set is for reporting
    const misses = opts.misses && name.startsWith('tbaq') ? ([] as string[]) : null;
    rows.push(...rowsOf(name, countDocuments(docs, misses)));
    if (misses) writeFileSync(join(opts.out, 'misses-tempeval-reporting.tsv'), `${misses.join('\n')}\n`);
  }
  return rows;
}
