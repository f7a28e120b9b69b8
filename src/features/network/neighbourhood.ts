/**
 * An entry's neighbourhood as its page shows it: the same network for the page (legend,
 * alternative text) and for the picture file, which the build writes with an emitter
 * (emitter.ts) and the dev server serves from src/pages/[...neighbourhood].svg.ts.
 */
import type { Atlas, Entry } from '../../atlas/build/atlas.ts';
import type { Translator } from '../../i18n/index.ts';
import { entryTitle } from '../../site/present.ts';
import type { Locale } from '../../site/segments.ts';
import { atlasNetwork, neighbourhood, type Network } from './model.ts';
import { layoutNetwork, type NetworkLayout } from './layout.ts';
import { neighbourhoodSvg } from './svg.ts';
import { drawnRelations } from './key.ts';
import { localAtlas } from '../../atlas/build/localize.ts';
import { translator } from '../../i18n/index.ts';
import { paths } from '../../site/paths.ts';
import type { Route } from '../../site/routes.ts';

/** Hops around the entry (its neighbours and theirs) and most entries drawn (so the picture stays legible). */
export const NEIGHBOURHOOD_HOPS = 2;
export const NEIGHBOURHOOD_MAX = 16;
/** The picture's size in px (viewBox units). */
export const NEIGHBOURHOOD_SIZE = { width: 520, height: 360 } as const;

/**
 * The entries within NEIGHBOURHOOD_HOPS relations of `slug` in the atlas as seen in `lang`
 * (at most NEIGHBOURHOOD_MAX, the closest first); no nodes when the entry has no relations.
 */
export function entryNeighbourhood(atlas: Atlas, lang: Locale, slug: string): Network {
  return neighbourhood(atlasNetwork(atlas, lang), slug, NEIGHBOURHOOD_HOPS, NEIGHBOURHOOD_MAX);
}

/** The layout of a neighbourhood (80 ticks settle a few dozen nodes around their radial targets; the default 300 is for the whole atlas). */
export function neighbourhoodLayout(network: Network, lang: Locale): NetworkLayout {
  return layoutNetwork(network, { ...NEIGHBOURHOOD_SIZE, radius: [4, 10], fontSize: 11, maxLabels: NEIGHBOURHOOD_MAX, maxLabelChars: 28, ticks: 80, lang });
}

/**
 * The picture's name, e.g. "Umfeld von Zhipu AI im Netzwerk: 13 Einträge und 21 Beziehungen"
 * (the relations counted between distinct drawn entries, as the layout draws them).
 */
export function neighbourhoodTitle(ui: Translator, entry: Entry, network: Network): string {
  const relations = drawnRelations({ nodes: network.nodes, relations: network.edges }).length;
  return ui.t('network.neighbourhood_title', { name: entryTitle(entry, ui.lang), nodes: ui.plural('count.entries', network.nodes.length), edges: ui.plural('count.relations', relations) });
}

/** One neighbourhood picture of the site: its entry and edition, its path (without the base path) and what it draws. */
export interface NeighbourhoodImage {
  lang: Locale;
  slug: string;
  path: string;
  network: Network;
}

/**
 * Every neighbourhood picture the site has: one per entry page (route) whose entry has
 * relations, at paths.neighbourhoodImage. `atlas` is the German atlas.
 */
export function neighbourhoodImages(atlas: Atlas, routes: readonly Route[]): NeighbourhoodImage[] {
  return routes.flatMap((route) => {
    if (route.view !== 'entry') return [];
    const local = localAtlas(atlas, route.lang);
    const network = entryNeighbourhood(local, route.lang, route.slug);
    if (!network.nodes.length) return [];
    return [{ lang: route.lang, slug: route.slug, path: paths.neighbourhoodImage(route.lang, local.get(route.slug)!.collection, route.slug), network }];
  });
}

/** The SVG document of one picture (see neighbourhoodSvg), from the German atlas; its network is found again when not given. */
export function neighbourhoodImageSvg(atlas: Atlas, image: Pick<NeighbourhoodImage, 'lang' | 'slug'> & { network?: Network }): string {
  const local = localAtlas(atlas, image.lang);
  const network = image.network ?? entryNeighbourhood(local, image.lang, image.slug);
  return neighbourhoodSvg(neighbourhoodLayout(network, image.lang), { title: neighbourhoodTitle(translator(image.lang), local.get(image.slug)!, network), lang: image.lang });
}
