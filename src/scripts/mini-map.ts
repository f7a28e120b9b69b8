/** Renders one small, mostly static map with a single marker (see MiniMap.astro). */
import L from 'leaflet';
// Leaflet's stylesheet is fetched only when a small map is drawn: imported as a URL, so
// the pages themselves (most visitors never scroll to the map) do not link it.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { MARKER_GEOMETRY, isApproximate, markerDataUrl } from '../lib/map-markers.ts';
import type { Precision } from '../lib/geo.ts';
import { readJson, type TileSettings } from './map-strings.ts';
import { addTiles } from './tiles.ts';

function loadStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
}

/** Draws the map into `el`, configured by its data attributes. */
export function renderMiniMap(el: HTMLElement): void {
  loadStylesheet(leafletCss);
  const lat = Number(el.dataset['lat']);
  const lon = Number(el.dataset['lon']);
  const precision = el.dataset['precision'] as Precision;
  const color = el.dataset['color']!;
  const approximate = isApproximate(precision);
  const map = L.map(el, { scrollWheelZoom: false, zoomControl: true, attributionControl: true }).setView([lat, lon], approximate ? 14 : 16);
  addTiles(map, readJson<TileSettings>(el, 'tiles'), el.parentElement?.querySelector<HTMLElement>('[data-minimap-notice]') ?? null);
  const geometry = approximate ? MARKER_GEOMETRY.ring : MARKER_GEOMETRY.pin;
  L.marker([lat, lon], {
    icon: L.icon({ iconUrl: markerDataUrl(color, precision), iconSize: geometry.size, iconAnchor: geometry.anchor, className: 'atlas-marker' }),
    alt: el.dataset['name'] ?? '',
    keyboard: false,
  }).addTo(map);
  if (approximate) L.circle([lat, lon], { radius: precision === 'street' ? 250 : 600, color, weight: 1, dashArray: '4 4', fillOpacity: 0.08, interactive: false }).addTo(map);
  el.dataset['rendered'] = 'true';
}
