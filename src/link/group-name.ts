// "Both officers", "Consumer delegates", "Another U.S. Firm", "MPs": a group written with a capital, no one person
// (also "One ICCO" of "One ICCO delegate": the start of a description, no name); "Another official", "One
// diplomat" are one person
const GROUP_NAME =
  /^(?:(?:Other|Some|Both|All|Many|Most|Several)\s|(?:Another|One)\s+(?:\S+\s+)*(?:Firm|Company|Bank|Group|Agency|Ministry|Corp|Co)\.?$|One\s+\p{Lu}+$|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*(?:\s+\p{Ll}[\p{Ll}-]*)*\s+\p{Ll}[\p{Ll}-]*[^su'’]s$|\p{Lu}{2,}s$)/u;

/** A capitalised speaker that names a group or opens a description, not one person. */
export const isGroupName = (s: string): boolean => GROUP_NAME.test(s);
