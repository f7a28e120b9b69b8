/**
 * The background tile layer, shared by the big map and the small ones, added only with the
 * visitor's consent (consent.ts). When tiles cannot load (offline, blocked, server down, or
 * no answer within four seconds) the map keeps working and a notice says so.
 */
import L from 'leaflet';
import type { TileSettings } from './strings.ts';
import { onConsentChange, rememberedConsent } from './consent.ts';

/** Leaflet's attribution HTML for the tiles: the text escaped, linked to the licence page. */
export function attributionHtml(settings: Pick<TileSettings, 'attribution' | 'attributionUrl'>): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return /^https?:\/\//.test(settings.attributionUrl) ? `<a href="${escape(settings.attributionUrl)}">${escape(settings.attribution)}</a>` : escape(settings.attribution);
}

function tileLayer(map: L.Map, settings: TileSettings, notice: HTMLElement | null): L.TileLayer {
  const layer = L.tileLayer(settings.url, {
    attribution: attributionHtml(settings),
    maxZoom: settings.maxZoom,
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOrigin: false,
  } as L.TileLayerOptions);
  let loaded = 0;
  let failed = 0;
  const update = () => {
    const none = failed > 0 && loaded === 0;
    if (notice) notice.hidden = !none;
    map.getContainer().classList.toggle('map--no-tiles', none);
  };
  // A blocked network may never answer: after a few seconds without a single tile, say so too.
  setTimeout(() => {
    if (loaded === 0 && map.hasLayer(layer)) {
      failed++;
      update();
    }
  }, 4000);
  layer.on('tileload', () => {
    loaded++;
    update();
  });
  layer.on('tileerror', () => {
    failed++;
    update();
  });
  return layer;
}

/** Adds the background to `map` whenever the visitor has chosen it, and removes it when withdrawn. */
export function followConsent(map: L.Map, settings: TileSettings, notice: HTMLElement | null): void {
  let layer: L.TileLayer | undefined;
  const apply = (on: boolean) => {
    if (on && !layer) layer = tileLayer(map, settings, notice).addTo(map);
    if (!on && layer) {
      map.removeLayer(layer);
      layer = undefined;
      if (notice) notice.hidden = true;
      map.getContainer().classList.remove('map--no-tiles');
    }
    map.getContainer().dataset['background'] = on ? 'on' : 'off';
  };
  onConsentChange(apply);
  apply(rememberedConsent(settings.url));
}
