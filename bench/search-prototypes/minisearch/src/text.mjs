// Shared by build and client: folding, tokenizing, stopwords, shard keys.
const SPECIAL = { 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };
export function fold(s) {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæœßłđðþı]/g, (c) => SPECIAL[c]);
}
// Apostrophes vanish ("Schindler's" -> "schindlers"); dotted/hyphenated chunks give
// their parts and the joined form ("E.T." -> e, t, et; "Extra-Terrestrial" -> extra, terrestrial, extraterrestrial).
export function tokenize(s) {
  const out = [];
  for (const chunk of fold(s).replace(/['’‘`]/g, '').split(/[^a-z0-9.\-]+/)) {
    if (!chunk) continue;
    const parts = chunk.split(/[.\-]+/).filter(Boolean);
    for (const p of parts) out.push(p);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}
// tokens as the user sees them (no joined forms), for exact-match checks
export function words(s) {
  return fold(s).replace(/['’‘`]/g, '').replace(/\.(?=[a-z0-9]\b)/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}
export const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'it', 'or', 'as', 'la', 'le', 'les', 'el', 'de', 'der', 'die', 'das', 'du', 'des', 'y']);
