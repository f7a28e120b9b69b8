/** `/daten/atlas.json` and `/en/data/atlas.json`: every entry with all its fields, and all relations, as one JSON document. See the data page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../atlas/runtime.ts';
import { atlasJson } from '../../features/exports/tables.ts';
import { translator } from '../../i18n/index.ts';
import { EDITIONS, SEGMENTS, type Locale } from '../../site/segments.ts';
import { absoluteUrl } from '../../site/urls.ts';
import { paths } from '../../site/paths.ts';

export const getStaticPaths = (() =>
  EDITIONS.map((lang) => ({ params: { dir: [SEGMENTS[lang].prefix, SEGMENTS[lang].data].filter(Boolean).join('/') }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = ({ props }) => {
  const ui = translator(props.lang);
  const json = atlasJson(getAtlas(), ui, { title: ui.t('site.title'), source: absoluteUrl(paths.home(props.lang)), licence: ui.t('data.licence') });
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
