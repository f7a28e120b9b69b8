/**
 * What each card shows, from the atlas (never from built HTML): an entry's card from its
 * data in the card's locale, any other page's card from its route meta. Every text also
 * carries where it comes from (a field of the entry's file, or the dictionary), so the glyph
 * rule can name the field that holds a character the fonts cannot draw.
 */
import type { Entry } from '../../atlas/build/atlas.ts';
import { HAIDIAN_RING } from '../../atlas/model/haidian.ts';
import type { Translator } from '../../i18n/index.ts';
import { collectionOne, kindLabel } from '../../i18n/labels.ts';
import { isApproximate } from '../map/markers.ts';
import { entryTitle, formatFigureValue } from '../../site/present.ts';
import type { RouteMeta } from '../../site/route-meta.ts';
import { SITE } from '../../site/config.ts';
import { locatorSvg, type CardContext, type CardInput } from './layout.ts';
import { drawable } from './glyphs.ts';
import { localize } from '../../atlas/build/localize.ts';

/** One text on a card and where it comes from: an entry field, or `dictionary`. */
export interface CardText {
  field: string;
  text: string;
  /** The field is the translation's (in `<slug>.<locale>.<ext>`), not the German file's. */
  translated?: boolean;
}

/** A card to render: its input, its context, and the origin of each text. */
export interface CardSpec {
  input: CardInput;
  context: CardContext;
  texts: CardText[];
}

/** The host and path shown in the card footer, e.g. "owner.github.io/atlas". */
export function cardHost(): string {
  return `${new URL(SITE.origin).host}${SITE.base.replace(/\/$/, '')}`;
}

/** The parts of a card that every card shares. */
export function cardContext(ui: Translator): CardContext {
  return { siteName: ui.t('site.title'), host: cardHost(), footer: ui.t('card.footer'), lang: ui.lang };
}

/** The card of an entry in the translator's locale. */
export function entryCard(german: Entry, ui: Translator): CardSpec {
  const entry = localize(german, ui.lang);
  const translated = entry !== german;
  const d = entry.data;
  const title = entryTitle(entry, ui.lang);
  const texts: CardText[] = [translated ? { field: 'name', text: title, translated } : { field: ui.lang === 'en' && d.name_en ? 'name_en' : 'name', text: title }];
  const input: CardInput = { title: drawable(title), badge: collectionOne(ui, entry.collection), kind: kindLabel(ui, entry.collection, entry.data.kind), summary: drawable(d.summary) };
  texts.push({ field: 'summary', text: d.summary, ...(translated ? { translated } : {}) });
  if (d.article_name) {
    input.subtitle = drawable(`${ui.t('entry.in_article')} ${d.article_name}`);
    texts.push({ field: 'article_name', text: d.article_name });
  }
  if (d.name_zh) {
    input.nameZh = drawable(d.name_zh);
    texts.push({ field: 'name_zh', text: d.name_zh });
  }
  if (entry.collection === 'figures') {
    input.value = drawable(formatFigureValue(entry.data, ui));
    texts.push({ field: 'unit', text: entry.data.unit, ...(translated ? { translated } : {}) });
    if (entry.data.value_text) texts.push({ field: 'value_text', text: entry.data.value_text, ...(translated ? { translated } : {}) });
  }
  const context = cardContext(ui);
  if (entry.pin) {
    const approximate = isApproximate(entry.pin.precision);
    context.locator = locatorSvg(HAIDIAN_RING, entry.pin.lon, entry.pin.lat, approximate);
    context.locatorCaption = ui.t(approximate ? 'card.locator_approximate' : 'card.locator');
  }
  return { input, context, texts };
}

/** The card of any other page, from its title and description. */
export function pageCard(meta: RouteMeta, ui: Translator): CardSpec {
  return { input: { title: drawable(meta.title), badge: meta.badge, summary: drawable(meta.description) }, context: cardContext(ui), texts: [] };
}
