/**
 * `/unternehmen/zhipu/netzwerk.svg`, `/en/companies/zhipu/network.svg`: the picture of an
 * entry's neighbourhood in the network, shown on its page as an image (so the picture is not
 * part of every page's HTML). One file per entry and edition whose entry has relations.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../atlas/runtime.ts';
import { entryNeighbourhood, neighbourhoodLayout, neighbourhoodTitle } from '../features/network/neighbourhood.ts';
import { neighbourhoodSvg } from '../features/network/svg.ts';
import { translator } from '../i18n/index.ts';
import { paths } from '../site/paths.ts';
import { siteRoutes } from '../site/routes.ts';
import type { Locale } from '../site/segments.ts';

export const getStaticPaths = (() =>
  siteRoutes(getAtlas())
    .list.filter((route) => route.view === 'entry')
    .flatMap((route) => {
      const slug = (route as { slug: string }).slug;
      const atlas = getAtlas(route.lang);
      if (!entryNeighbourhood(atlas, route.lang, slug).nodes.length) return [];
      const file = paths.neighbourhoodImage(route.lang, atlas.get(slug)!.collection, slug);
      return [{ params: { neighbourhood: file.replace(/^\/|\.svg$/g, '') }, props: { lang: route.lang, slug } }];
    })) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale; slug: string }> = ({ props }) => {
  const atlas = getAtlas(props.lang);
  const ui = translator(props.lang);
  const network = entryNeighbourhood(atlas, props.lang, props.slug);
  const svg = neighbourhoodSvg(neighbourhoodLayout(network, props.lang), { title: neighbourhoodTitle(ui, atlas.get(props.slug)!, network), lang: props.lang });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
