/**
 * The title, description and card badge of every route, from the atlas and the dictionary:
 * the page's <title> and meta description, its social card and its search metadata all read
 * this one function.
 */
import type { Atlas } from '../atlas/build/atlas.ts';
import type { Translator } from '../i18n/index.ts';
import { collectionLabel, collectionOne, kindLabel } from '../i18n/labels.ts';
import type { Kind } from '../atlas/model/collections.ts';
import { entryTitle } from './present.ts';
import type { Route } from './routes.ts';
import { tagDescription, tagLabel } from '../atlas/model/vocabulary.ts';
import { localAtlas } from '../atlas/build/localize.ts';
import { backlinkPageCount } from './backlink-pages.ts';

/** What the head and the card of a page say. */
export interface RouteMeta {
  title: string;
  description: string;
  /** The section, as a badge on the card. */
  badge: string;
}

/** The meta of a route in its locale. */
export function routeMeta(route: Route, german: Atlas, ui: Translator): RouteMeta {
  const atlas = localAtlas(german, route.lang);
  switch (route.view) {
    case 'home':
      return { title: ui.t('site.title'), description: ui.t('site.description'), badge: ui.t('card.home_badge') };
    case 'entry':
    case 'redirect': {
      const entry = atlas.get(route.slug)!;
      const title = entryTitle(entry, route.lang);
      if (route.view === 'redirect') return { title: ui.t('redirect.title', { name: title }), description: entry.data.summary, badge: collectionOne(ui, entry.collection) };
      return { title, description: entry.data.summary, badge: collectionOne(ui, entry.collection) };
    }
    case 'collection':
      return { title: collectionLabel(ui, route.collection), description: ui.t(`collection.${route.collection}.intro`), badge: collectionLabel(ui, route.collection) };
    case 'collection-by-date':
      return { title: `${collectionLabel(ui, route.collection)}${ui.t('meta.separator')}${ui.t('index.sort_date')}`, description: ui.t(`collection.${route.collection}.intro`), badge: collectionLabel(ui, route.collection) };
    case 'collection-kind': {
      // Kinds in the route table come from KINDS[collection].
      const kind = kindLabel(ui, route.collection, route.kind as Kind<typeof route.collection>);
      return { title: ui.t('index.kind_heading', { collection: collectionLabel(ui, route.collection), kind }), description: ui.t(`collection.${route.collection}.intro`), badge: collectionLabel(ui, route.collection) };
    }
    case 'tags':
      return { title: ui.t('tags.heading'), description: ui.t('tags.intro'), badge: ui.t('nav.tags') };
    case 'backlinks': {
      const entry = atlas.get(route.slug)!;
      const name = entryTitle(entry, route.lang);
      const pages = backlinkPageCount(atlas.backlinks(route.slug));
      const title = pages > 1 ? ui.t('backlinks.page_title_n', { name, page: ui.number(route.page), pages: ui.number(pages) }) : ui.t('backlinks.page_title', { name });
      return { title, description: ui.t('backlinks.page_description', { name }), badge: collectionOne(ui, entry.collection) };
    }
    case 'tag': {
      const tag = atlas.tags.get(route.tag)!;
      const title = ui.t('tags.entries_with', { tag: tagLabel(tag, route.lang) });
      return { title, description: tagDescription(tag, route.lang), badge: ui.t('nav.tags') };
    }
    case 'map':
      return { title: ui.t('map.title'), description: ui.t('map.intro'), badge: ui.t('nav.map') };
    case 'search':
      return { title: ui.t('search.title'), description: ui.t('search.intro'), badge: ui.t('nav.search') };
    case 'timeline':
      return { title: ui.t('timeline.title'), description: ui.t('timeline.intro'), badge: ui.t('nav.timeline') };
    case 'network':
      return { title: ui.t('network.title'), description: ui.t('network.intro'), badge: ui.t('nav.network') };
    case 'network-collection': {
      const name = collectionLabel(ui, route.collection);
      return { title: ui.t('network.collection_title', { collection: name }), description: ui.t('network.collection_intro', { collection: name }), badge: ui.t('nav.network') };
    }
    case 'data':
      return { title: ui.t('data.title'), description: ui.t('data.intro'), badge: ui.t('nav.data') };
  }
}
