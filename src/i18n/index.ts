/**
 * UI strings. Components never contain user-facing text: they ask `t()` for a key of
 * the flat dictionary, so a second language is a second JSON file, not a code change.
 */
import de from './de.json' with { type: 'json' };

/** Every key of the dictionary. */
export type UIKey = keyof typeof de;

const dictionaries = { de } as const;

/** Languages the UI has a dictionary for. */
export type UILang = keyof typeof dictionaries;

/**
 * Looks up `key` and fills `{placeholders}` from `vars`. Throws on a missing key so a
 * typo fails the build instead of showing a raw key to visitors.
 */
export function t(key: UIKey | (string & {}), vars: Record<string, string | number> = {}, lang: UILang = 'de'): string {
  const dict = dictionaries[lang] as Record<string, string>;
  const template = dict[key];
  if (template === undefined) throw new Error(`i18n: missing key "${key}" in src/i18n/${lang}.json`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** True when the dictionary has `key` (for optional labels). */
export function hasKey(key: string, lang: UILang = 'de'): boolean {
  return key in dictionaries[lang];
}
