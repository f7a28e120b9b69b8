/**
 * `/unternehmen/zhipu/netzwerk.svg`, `/en/companies/zhipu/network.svg` in the dev server: the
 * picture of an entry's neighbourhood, shown on its page as an image. The build writes the
 * same files with an emitter after the pages (src/features/network/emitter.ts), which costs no
 * route per picture, so this route has no static paths in a build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../atlas/runtime.ts';
import { neighbourhoodImageSvg, neighbourhoodImages } from '../features/network/neighbourhood.ts';
import { siteRoutes } from '../site/routes.ts';
import type { Locale } from '../site/segments.ts';

export const getStaticPaths = (() =>
  import.meta.env.DEV
    ? neighbourhoodImages(getAtlas(), siteRoutes(getAtlas()).list).map((image) => ({ params: { neighbourhood: image.path.replace(/^\/|\.svg$/g, '') }, props: { lang: image.lang, slug: image.slug } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale; slug: string }> = ({ props }) =>
  new Response(neighbourhoodImageSvg(getAtlas(), props), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
