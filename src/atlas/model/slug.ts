/**
 * Slugs are the atlas's identifiers: the file name of an entry, unique across every
 * collection so that a wiki link `[[zhipu]]` needs no collection prefix. They must stay
 * stable and ASCII because they become URLs that people share.
 */

/** Lowercase ASCII words joined by single hyphens, e.g. `tsinghua-keg`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is a well-formed slug. */
export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * Suggests a valid slug for any text, so an error message can tell a contributor
 * exactly which file name to use instead of a bad one.
 * Umlauts are transliterated the German way (ä → ae) and other diacritics dropped.
 */
export function suggestSlug(text: string): string {
  const special: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', đ: 'd', Đ: 'd', œ: 'oe', Œ: 'oe' };
  return text
    .replace(/[äöüßÄÖÜẞłŁøØæÆđĐœŒ]/g, (c) => special[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a content file: its base name without extension, unchanged (validation reports bad ones). */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}
