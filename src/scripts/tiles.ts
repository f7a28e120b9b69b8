/**
 * The background tile layer, shared by the big map and the small ones. When tiles cannot
 * load (offline, blocked, server down, or no answer within four seconds) the map keeps
 * working and a notice says so.
 */
import L from 'leaflet';
import type { TileSettings } from './map-strings.ts';

/** Adds the tile layer to `map`; `notice` is shown while no tile could be loaded. */
export function addTiles(map: L.Map, settings: TileSettings, notice: HTMLElement | null): L.TileLayer {
  const layer = L.tileLayer(settings.url, {
    attribution: settings.attribution,
    maxZoom: settings.maxZoom,
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOrigin: false,
  } as L.TileLayerOptions);
  let loaded = 0;
  let failed = 0;
  const update = () => {
    if (!notice) return;
    notice.hidden = !(failed > 0 && loaded === 0);
    map.getContainer().classList.toggle('map--no-tiles', failed > 0 && loaded === 0);
  };
  // A blocked network may never answer: after a few seconds without a single tile, say so too.
  setTimeout(() => {
    if (loaded === 0) {
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
  layer.addTo(map);
  return layer;
}
