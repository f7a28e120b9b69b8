/**
 * Renders one small map with a single marker and the district outline (see MiniMap.astro).
 * The background loads only with the visitor's consent, like on the big map.
 */
import L from 'leaflet';
// Leaflet's stylesheet is fetched only when a small map is drawn: imported as a URL, so the
// pages themselves (most visitors never scroll to the map) do not link it.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { MARKER_GEOMETRY, isApproximate, markerDataUrl } from './markers.ts';
import type { Precision } from '../../atlas/model/geo.ts';
import { readJson, type TileSettings } from './strings.ts';
import { followConsent } from './tiles.ts';
import { wireConsentPanel } from './consent.ts';

function loadStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.appendChild(link);
}

/** Draws the map into `el`, configured by its data attributes. */
export async function renderMiniMap(el: HTMLElement): Promise<void> {
  loadStylesheet(leafletCss);
  const lat = Number(el.dataset['lat']);
  const lon = Number(el.dataset['lon']);
  const precision = el.dataset['precision'] as Precision;
  const color = el.dataset['color']!;
  const approximate = isApproximate(precision);
  const tiles = readJson<TileSettings>(el, 'tiles');
  const section = el.closest('section');
  const map = L.map(el, { scrollWheelZoom: false, zoomControl: true, attributionControl: true, minZoom: 9, maxZoom: tiles.maxZoom }).setView([lat, lon], approximate ? 14 : 16);
  map.attributionControl.setPrefix(false);
  const consent = section?.querySelector<HTMLElement>('[data-tile-consent]');
  if (consent) wireConsentPanel(consent, tiles.url);
  followConsent(map, tiles, section?.querySelector<HTMLElement>('[data-minimap-notice]') ?? null);
  const geometry = approximate ? MARKER_GEOMETRY.ring : MARKER_GEOMETRY.pin;
  L.marker([lat, lon], {
    icon: L.icon({ iconUrl: markerDataUrl(color, precision), iconSize: geometry.size, iconAnchor: geometry.anchor, className: 'atlas-marker' }),
    alt: el.dataset['name'] ?? '',
    keyboard: false,
  }).addTo(map);
  if (approximate) L.circle([lat, lon], { radius: precision === 'street' ? 250 : 600, color, weight: 1, dashArray: '4 4', fillOpacity: 0.08, interactive: false }).addTo(map);
  el.dataset['rendered'] = 'true';
  // The outline of Haidian, from this site, so the map means something without a background.
  const boundary = el.dataset['boundary'];
  if (boundary) {
    const response = await fetch(boundary);
    if (response.ok) {
      L.geoJSON((await response.json()) as GeoJSON.GeoJsonObject, { style: { color: '#0d5c63', weight: 2, fill: false, dashArray: '6 4' }, interactive: false }).addTo(map);
      const credit = document.createElement('span');
      credit.textContent = el.dataset['credit'] ?? '';
      map.attributionControl.addAttribution(credit.outerHTML);
    }
  }
}
