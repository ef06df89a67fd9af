// Invented articles (fictional people, places and outlets) for the corpus tests: four sources, and pages built
// from them the way copies, stitched and spun pages are.

export const SENTENCES: string[][] = [
  [
    'The harbour council of Port Elwin voted on Tuesday to close the old ferry terminal by the end of the year.',
    'Councillor Mara Quill said the building had become too expensive to repair after two winters of storms.',
    'Local fishermen protested outside the town hall for most of the afternoon, carrying hand-painted signs.',
    'A replacement terminal on the northern pier is expected to open in the spring of next year.',
    'The ferry company declined to say whether ticket prices would rise once the new terminal opens.',
    'Residents of the island villages fear the move will add half an hour to their daily commute.',
  ],
  [
    'Officials in Russia announced a new grain export agreement with three neighbouring states on Monday.',
    'The agreement covers wheat and barley shipments through the Caspian ports for the next five years.',
    'Analysts at the Brinmoor Institute expect the deal to lower bread prices across the region by autumn.',
    'Negotiators met in a lakeside hotel for nine days before the final text was signed late on Sunday.',
    'Farmers groups welcomed the news but warned that rail capacity would limit how much grain could move.',
    'The first shipments under the agreement are scheduled to leave the southern docks in early July.',
  ],
  [
    'NATO ministers gathered in Velmora to discuss a joint training centre for winter operations.',
    'Delegates spent the morning touring a decommissioned airbase that could host the new facility.',
    'The proposal has divided smaller members, who worry about sharing the cost of heating the hangars.',
    'A final decision on the training centre is not expected before the summit in November.',
    'Protesters from a local peace group held a silent vigil at the gates of the conference hall.',
    'The host government promised to publish an environmental study of the airbase within a month.',
  ],
  [
    'A rare comet will be visible to the naked eye from the southern hemisphere for the next two weeks.',
    'Astronomers at the Calder Ridge observatory first spotted the comet in photographs taken last March.',
    'The best viewing hours are shortly before dawn, when the comet rises low in the eastern sky.',
    'Amateur stargazers have booked every campsite in the national park for the coming weekend.',
    'The comet last passed close to the sun more than four thousand years ago, according to the team.',
    'Observers are advised to let their eyes adjust to the darkness for at least twenty minutes.',
  ],
];

export const ORIGINAL_PAGE = [
  'The Kestrel Valley orchestra will tour eleven cities this summer with a programme of new music.',
  'Its conductor, Ilse Varga, said the young players had rehearsed every evening since January.',
  'Tickets for the opening concert in the old cathedral sold out within an hour of going on sale.',
  'The tour ends in August with an open-air performance beside the reservoir at Dunmere.',
].join(' ');

export const paragraph = (sentences: string[]) => sentences.join(' ');

export interface FixtureArticle {
  id: string;
  date: string;
  text: string;
  source: string;
}

/** The sources, then derived pages with the flags they should get. */
export function buildFixtureCorpus(): {
  articles: FixtureArticle[];
  expected: Record<string, { copy: boolean; stitched: boolean; spun: boolean }>;
} {
  const s = SENTENCES.map((x) => x.slice());
  const src = (i: number): FixtureArticle => ({
    id: `src-${i}`,
    date: `2031-03-0${i + 1}`,
    text: paragraph(s[i]!),
    source: `Outlet ${i}`,
  });
  const articles: FixtureArticle[] = [0, 1, 2, 3].map(src);
  articles.push({ id: 'exact-copy', date: '2031-03-10', text: paragraph(s[1]!), source: 'Repost Daily' });
  articles.push({
    id: 'partial-copy',
    date: '2031-03-10',
    text: paragraph(s[3]!.slice(0, 4)),
    source: 'Short Wire',
  });
  articles.push({
    id: 'stitched',
    date: '2031-03-11',
    text: paragraph([...s[0]!.slice(0, 3), ...s[3]!.slice(2, 5), ORIGINAL_PAGE.split('. ')[0]!.concat('.')]),
    source: 'Page Farm',
  });
  const spin = (t: string) =>
    t
      .replace(/\bRussia\b/g, 'the Russian Federation')
      .replace(/\bNATO\b/g, 'North Atlantic Treaty Organisation');
  articles.push({
    id: 'spun-stitched',
    date: '2031-03-12',
    text: paragraph([...s[1]!.slice(0, 3).map(spin), ...s[2]!.slice(0, 3).map(spin)]),
    source: 'Spin Farm',
  });
  articles.push({ id: 'original', date: '2031-03-12', text: ORIGINAL_PAGE, source: 'Kestrel Times' });
  return {
    articles,
    expected: {
      'src-0': { copy: false, stitched: false, spun: false },
      'src-1': { copy: false, stitched: false, spun: false },
      'src-2': { copy: false, stitched: false, spun: false },
      'src-3': { copy: false, stitched: false, spun: false },
      'exact-copy': { copy: true, stitched: false, spun: false },
      'partial-copy': { copy: true, stitched: false, spun: false },
      stitched: { copy: false, stitched: true, spun: false },
      'spun-stitched': { copy: false, stitched: true, spun: true },
      original: { copy: false, stitched: false, spun: false },
    },
  };
}
