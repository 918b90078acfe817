// Shared by build.mjs and the browser client.
export const STOP = new Set(['the','a','an','of','and','in','to','on','at','for','with','is','it','la','le','les','el','de','der','die','das','du','des','y','o','&']);
const SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'ð': 'd', 'ı': 'i' };
export function fold(s) {
  return String(s)
    .replace(/[ßæÆøØłŁđĐœŒþðı]/g, (c) => SPECIAL[c])
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(?=\d)/g, '$1')      // 1,000 -> 1000
    .replace(/['’`.]/g, '')             // schindler's -> schindlers, e.t. -> et
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
export const tokens = (s) => { const f = fold(s); return f ? f.split(' ') : []; };
// shard key of a term given the set of split prefixes
export function keyOf(term, split) {
  let k = term.slice(0, 2);
  while (split.has(k)) {
    if (term.length <= k.length) return k + '_';   // term equals a split prefix
    k = term.slice(0, k.length + 1);
  }
  return k;
}
