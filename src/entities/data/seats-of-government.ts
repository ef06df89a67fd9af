// The project's own table: names that stand for a government (metonymy). Kept as a relation, not a rename:
// "the Kremlin said" stays the entity place:kremlin with governmentOf country:RU.

export interface SeatOfGovernment {
  canonical: string;
  /** Forms as written, longest first where they overlap. */
  forms: string[];
  governmentOf: string;
  /** What it stands for ("presidency", "prime minister's office"). */
  office: string;
}

export const SEATS_OF_GOVERNMENT: SeatOfGovernment[] = [
  { canonical: 'place:kremlin', forms: ['Kremlin'], governmentOf: 'country:RU', office: 'presidency' },
  {
    canonical: 'place:white-house',
    forms: ['White House'],
    governmentOf: 'country:US',
    office: 'presidency',
  },
  {
    canonical: 'place:downing-street',
    forms: ['Downing Street', 'Number 10', 'No 10', 'No. 10'],
    governmentOf: 'country:GB',
    office: "prime minister's office",
  },
  { canonical: 'place:whitehall', forms: ['Whitehall'], governmentOf: 'country:GB', office: 'government' },
  {
    canonical: 'place:elysee',
    forms: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'],
    governmentOf: 'country:FR',
    office: 'presidency',
  },
  {
    canonical: 'place:zhongnanhai',
    forms: ['Zhongnanhai'],
    governmentOf: 'country:CN',
    office: 'leadership',
  },
  { canonical: 'place:blue-house', forms: ['Blue House'], governmentOf: 'country:KR', office: 'presidency' },
  {
    canonical: 'place:capitol-hill',
    forms: ['Capitol Hill'],
    governmentOf: 'country:US',
    office: 'congress',
  },
  {
    canonical: 'place:quai-d-orsay',
    forms: ["Quai d'Orsay"],
    governmentOf: 'country:FR',
    office: 'foreign ministry',
  },
];
