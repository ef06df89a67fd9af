// "Tarn Corp's Vell Mining Corp said", "Tarn PLC's Vell Resources Ltd said": the parent company owning the one that
// speaks is no part of the speaker's name

// a company's closing form ("Corp", "Inc", "PLC", "AG", "Holdings")
const COMPANY_CLOSE =
  /\s(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|PLC|Plc|plc|AG|SA|NV|BV|SpA|SPA|GmbH|Co|Cos|Group|Holdings|LLC)\.?$/;

/**
 * True when `owner` ("Tarn Corp") is a company named with its closing form and `rest` ("Vell Mining Corp"), the
 * name it owns, is another company of two words or more closed the same way.
 */
export function isParentCompanyOwner(owner: string, rest: string): boolean {
  return (
    COMPANY_CLOSE.test(` ${owner.trim()}`) && COMPANY_CLOSE.test(` ${rest.trim()}`) && /\S\s+\S/.test(rest)
  );
}
