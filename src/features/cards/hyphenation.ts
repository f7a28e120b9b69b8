/**
 * Syllable breaks for long words on cards, from the TeX hyphenation patterns of the `hyphen`
 * package (German 1996 orthography, US English), one hyphenator per language.
 */
import { createRequire } from 'node:module';
import type { Hyphenate } from './text-fit.ts';

const require = createRequire(import.meta.url);

/** The package's per-language module (CommonJS). */
interface HyphenModule {
  hyphenateSync(text: string, options: { hyphenChar: string; minWordLength?: number }): string;
}

const modules: Record<string, string> = { de: 'hyphen/de/index.js', en: 'hyphen/en/index.js' };

/** The syllables of a word in `lang` (German when the language has no patterns here). */
export function hyphenator(lang: string): Hyphenate {
  const module = require(modules[lang] ?? modules['de']!) as HyphenModule;
  return (word) => module.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 5 }).split('\u00ad');
}
