/** `/daten/atlas.json`: every entry with all its fields, and all relations, as one JSON document. See /daten/. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../data/atlas.ts';
import { atlasJson } from '../../lib/exports.ts';
import { SITE } from '../../config.ts';
import { t } from '../../i18n/index.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const json = atlasJson(atlas.graph, SITE.url, { title: t('site.title'), source: SITE.url, licence: t('data.licence') });
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
