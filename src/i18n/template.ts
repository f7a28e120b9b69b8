/**
 * String templates and plural forms, with no dictionary attached: shared by the build
 * (src/i18n/index.ts) and the browser scripts, which receive their strings from the page.
 */

/** Values for `{placeholders}`. */
export type Vars = Record<string, string | number>;

/** Plural forms by Intl.PluralRules category ("other" is required). */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanish. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks the plural form for `count` with Intl.PluralRules and fills it (`{count}` in the locale's digits). */
export function pluralForm(lang: string, forms: PluralForms, count: number, vars: Vars = {}): string {
  const category = pluralRules(lang).select(count);
  return fill(forms[category] ?? forms.other, { count: numberFormat(lang).format(count), ...vars });
}

// Intl objects are costly to create and immutable: one per locale (thousands of plurals per build).
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const pluralRules = (lang: string) => rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;
const numberFormat = (lang: string) => numbers.get(lang) ?? numbers.set(lang, new Intl.NumberFormat(lang)).get(lang)!;
