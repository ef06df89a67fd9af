import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// "he" after a sentence opened by a person described, not named, and a person named after a preposition in it, with
// invented sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"The prime minister … claims from <leader>. He said": the prime minister, who spoke before',
    'Asked about his future, Prime Minister Tom Reid replied: "I am staying." The prime minister shrugged off claims from opposition leader Mark Berg that he ran a "weak government". He said: "The inquiry cleared my minister of any wrongdoing."',
    ['Tom Reid', 'Tom Reid'],
  ],
  [
    '"The programme heard from <person>. He denied": the person heard from',
    '"The fires were set by others," said Dafydd Price. The programme also heard from Alun Rees, a minister at the time. He denied that the security services played any improper role.',
    ['Dafydd Price', 'Alun Rees'],
  ],
];

testSpeakers('pronoun after a described subject', CASES);
