import { type QuoteContext, tokenText } from '../../quote-context.js';

// US states as a wire writes them after a town: "Sanger, Calif.,", "Dallas, Texas,", "Columbia, S.C.,"
const STATE =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis|Wyo|D\.C)\.$|^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming)$/;

// "the farm concern, based in Sanger, Calif., opened …", "First Orr Bank, of Columbia, S.C., fell through": the
// comma between a town and its state is part of the place's name, not one that opens or closes an aside.
/** True when token `c` is the comma of "<Town>, <State>," (the state followed by a comma or the sentence's end). */
export function isPlaceComma(ctx: QuoteContext, c: number): boolean {
  if (tokenText(ctx, c) !== ',' || ctx.tokens[c - 1]?.pos !== 'PROPN') return false;
  if (!/^\p{Lu}/u.test(tokenText(ctx, c - 1)) || !STATE.test(tokenText(ctx, c + 1))) return false;
  return /^[,.;)]$/.test(tokenText(ctx, c + 2)) || tokenText(ctx, c + 2) === '';
}
