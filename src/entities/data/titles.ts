// The project's own tables of person titles and role nouns.

/** Honorifics written before a name, with the gender they imply when any. */
export const HONORIFICS: Record<string, 'male' | 'female' | null> = {
  mr: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', dame: 'female', lord: 'male', lady: 'female',
  dr: null, prof: null, professor: null, rev: null, reverend: null, fr: 'male', father: 'male', sister: 'female',
  sen: null, rep: null, gov: null, gen: null, lt: null, col: null, maj: null, capt: null, sgt: null, adm: null,
  cmdr: null, judge: null, justice: null, mayor: null, ambassador: null, pope: 'male', king: 'male', queen: 'female',
  prince: 'male', princess: 'female', sheikh: 'male', ayatollah: 'male', archbishop: null, bishop: null, cardinal: 'male',
  president: null, chancellor: null, premier: null, senator: null, governor: null, general: null, secretary: null,
  minister: null, commissioner: null, chairman: 'male', chairwoman: 'female', chair: null, director: null, speaker: null,
  representative: null, congressman: 'male', congresswoman: 'female', councillor: null, councilman: 'male', detective: null,
  officer: null, inspector: null, chief: null, coach: null, captain: null, colonel: null, lieutenant: null, sergeant: null,
  admiral: null, marshal: null, emir: 'male', attorney: null, leader: null, spokesman: 'male',
  spokeswoman: 'female', spokesperson: null, presidents: null, ministers: null, senators: null,
};

/** Words that qualify a title right before it ("Foreign Minister", "Vice President", "former president"). */
export const TITLE_MODIFIERS = new Set([
  'former', 'acting', 'deputy', 'vice', 'interim', 'incoming', 'outgoing', 'late', 'prime', 'foreign', 'defence',
  'defense', 'finance', 'interior', 'health', 'trade', 'justice', 'economy', 'education', 'energy', 'home', 'chief',
  'executive', 'first', 'crown', 'supreme', 'general', 'senior', 'top', 'assistant', 'associate', 'managing', 'state',
  'treasury', 'labour', 'labor', 'environment', 'culture', 'transport', 'agriculture', 'film', 'opposition', 'party',
]);

/** Honorifics that only ever precede a name (never a role on their own). */
export const NAME_ONLY_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'dr', 'prof', 'rev', 'fr']);

/** Role nouns a descriptor can be built on, with the class they belong to. */
export const ROLE_NOUNS: Record<string, 'person' | 'group' | 'organization'> = {
  president: 'person', leader: 'person', minister: 'person', premier: 'person', chancellor: 'person', secretary: 'person',
  senator: 'person', governor: 'person', mayor: 'person', ambassador: 'person', official: 'person', spokesman: 'person',
  spokeswoman: 'person', spokesperson: 'person', director: 'person', chief: 'person', chairman: 'person',
  chairwoman: 'person', executive: 'person', king: 'person', queen: 'person', prince: 'person', pope: 'person',
  general: 'person', commander: 'person', diplomat: 'person', envoy: 'person', lawmaker: 'person', legislator: 'person',
  congressman: 'person', congresswoman: 'person', candidate: 'person', nominee: 'person', source: 'person',
  analyst: 'person', expert: 'person', economist: 'person', researcher: 'person', scientist: 'person', lawyer: 'person',
  attorney: 'person', prosecutor: 'person', lady: 'person', judge: 'person', witness: 'person', resident: 'person', activist: 'person',
  journalist: 'person', reporter: 'person', correspondent: 'person', host: 'person', anchor: 'person', founder: 'person',
  ceo: 'person', manager: 'person', owner: 'person', police: 'group', officer: 'person', woman: 'person', man: 'person',
  politician: 'person', adviser: 'person', advisor: 'person', aide: 'person', representative: 'person', strategist: 'person',
  officials: 'group', analysts: 'group', experts: 'group', diplomats: 'group', sources: 'group', lawmakers: 'group',
  critics: 'group', residents: 'group', witnesses: 'group', observers: 'group', economists: 'group', investors: 'group',
  researchers: 'group', scientists: 'group', activists: 'group', protesters: 'group', leaders: 'group', politicians: 'group',
  hackers: 'group', authorities: 'group', prosecutors: 'group', investigators: 'group', officers: 'group',
  company: 'organization', firm: 'organization', network: 'organization', agency: 'organization', ministry: 'organization',
  government: 'organization', alliance: 'organization', committee: 'organization', council: 'organization',
  bank: 'organization', group: 'organization', organization: 'organization', organisation: 'organization',
  department: 'organization', bloc: 'organization', court: 'organization', party: 'organization',
  broadcaster: 'organization', newspaper: 'organization', channel: 'organization', administration: 'organization',
  union: 'organization', commission: 'organization', fund: 'organization', bureau: 'organization', cartel: 'organization',
  congress: 'organization', parliament: 'organization', military: 'organization', army: 'organization',
};

/** Person role nouns that can stand for a country's leader ("the Russian leader" = its president). */
export const LEADER_ROLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'emir']);

/** Words that end an organisation's name ("Time Warner Inc", "Intelligence Committee"). */
export const ORGANIZATION_HEADS = new Set([
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'plc', 'llc', 'group', 'holdings', 'bank', 'agency', 'ministry',
  'department', 'committee', 'council', 'commission', 'party', 'university', 'institute', 'foundation', 'association',
  'union', 'federation', 'league', 'news', 'times', 'post', 'journal', 'press', 'television', 'tv', 'radio', 'network',
  'court', 'parliament', 'assembly', 'senate', 'congress', 'army', 'navy', 'force', 'forces', 'police', 'service',
  'office', 'board', 'authority', 'organization', 'organisation', 'fund', 'reserve', 'exchange', 'airlines', 'motors',
  'bureau', 'administration', 'center', 'centre', 'school', 'college', 'hospital', 'club', 'fc', 'church', 'guard',
]);

/** Words that begin or end a place's name ("Saint Petersburg", "Gulf of Mexico"). */
export const PLACE_WORDS = new Set([
  'saint', 'st', 'san', 'santa', 'fort', 'port', 'mount', 'lake', 'river', 'gulf', 'sea', 'ocean', 'island', 'islands',
  'valley', 'county', 'province', 'state', 'city', 'street', 'avenue', 'square', 'bay', 'strait', 'peninsula', 'region',
]);
