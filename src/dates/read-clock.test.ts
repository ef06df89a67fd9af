import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readClock, readClockWithChrono } from './read-clock.js';

const CASES: Array<[string, { hour: number; minute: number } | null]> = [
  // [phrase, clock]
  ['3 p.m.', { hour: 15, minute: 0 }],
  ['10:30 am', { hour: 10, minute: 30 }],
  ['12 AM', { hour: 0, minute: 0 }],
  ['12:15 pm', { hour: 12, minute: 15 }],
  ['14:00', { hour: 14, minute: 0 }],
  ['0:05', { hour: 0, minute: 5 }],
  ['24:00', null],
  ['3p.m', null],
  ['9 a.m', { hour: 9, minute: 0 }],
  ['7:45 P.M. GMT', { hour: 19, minute: 45 }],
];

test('readClock reads clock phrases', () => {
  for (const [phrase, clock] of CASES) assert.deepEqual(readClock(phrase), clock, phrase);
});

test('readClock gives chrono’s reading for every form the time-of-day rule matches', () => {
  const hours: string[] = [];
  for (let h = 0; h < 100; h++) hours.push(String(h), ...(h < 10 ? [`0${h}`] : []));
  const markers = [
    'a.m.',
    'p.m.',
    'a.m',
    'p.m',
    'am',
    'pm',
    'A.M.',
    'P.M.',
    'AM',
    'PM',
    'Am',
    'pM',
    'Pm',
    'A.m.',
  ];
  const phrases: string[] = [];
  for (const h of hours) {
    for (let m = 0; m < 100; m += 1) phrases.push(`${h}:${String(m).padStart(2, '0')}`);
    for (const mm of ['', ':00', ':07', ':30', ':59', ':60', ':99'])
      for (const space of ['', ' ', '  ', '\t'])
        for (const marker of markers) phrases.push(`${h}${mm}${space}${marker}`);
  }
  const zones = ['GMT', 'utc', 'EDT', 'ET', 'local time', 'Local time', 'LOCAL TIME', 'local Time', 'gMt'];
  for (const base of ['3 pm', '10:30', '12:15 a.m.', '24:00', '3p.m', '7 Pm'])
    for (const sep of [' ', '  ', '\t', '\n', '   '])
      for (const zone of zones) phrases.push(`${base}${sep}${zone}`);
  for (const phrase of phrases) assert.deepEqual(readClock(phrase), readClockWithChrono(phrase), phrase);
});
