/**
 * The big map: reads the page's GeoJSON, groups entries that share a place into one marker,
 * clusters markers, filters by collection and kind, and keeps filters and view in the URL
 * (view-state.ts). The server-rendered list follows the same filters. No third-party request
 * before the visitor asks for the background (consent.ts); a failed data fetch shows a
 * message with a retry button. Loaded only on the map page.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { AtlasFeature, AtlasFeatureCollection } from './geojson.ts';
import { groupByPlace } from './geojson.ts';
import { COLLECTION_COLORS, MARKER_GEOMETRY, isApproximate, markerDataUrl } from './markers.ts';
import type { CollectionName } from '../../atlas/model/collections.ts';
import { readJson, type MapStrings, type TileSettings } from './strings.ts';
import { followConsent } from './tiles.ts';

/** The zoom a focused entry is shown at, and from which no markers are clustered. */
const FOCUS_ZOOM = 17;
import { wireConsentPanel } from './consent.ts';
import { popupContent } from './popup.ts';
import { readFilters, readView, writeState } from './view-state.ts';
import { pluralForm } from '../../i18n/template.ts';

/** Radius in metres of the ring drawn around approximate locations. */
const APPROXIMATE_RADIUS = { street: 250, area: 600, building: 0 } as const;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function main(el: HTMLElement): Promise<void> {
  // leaflet.markercluster is a UMD plugin that extends the global L.
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');

  const strings = readJson<MapStrings>(el, 'strings');
  const tiles = readJson<TileSettings>(el, 'tiles');
  const form = document.getElementById('map-filters') as HTMLFormElement | null;
  const status = document.getElementById('map-status');
  const notice = document.getElementById('map-tiles-notice');
  const problem = document.getElementById('map-data-error');
  const list = document.getElementById('map-list');
  const consent = document.querySelector<HTMLElement>('[data-tile-consent]');
  if (consent) wireConsentPanel(consent, tiles.url);

  let data: AtlasFeatureCollection;
  let boundary: GeoJSON.GeoJsonObject;
  try {
    [data, boundary] = await Promise.all([fetchJson<AtlasFeatureCollection>(el.dataset['geojson']!), fetchJson<GeoJSON.GeoJsonObject>(el.dataset['boundary']!)]);
  } catch (error) {
    // Say so where the map would be, and offer to try again.
    if (problem) {
      problem.hidden = false;
      problem.querySelector('[data-map-retry]')?.addEventListener('click', () => location.reload(), { once: true });
    }
    el.dataset['error'] = String(error);
    return;
  }

  // The zoom range is the map's own: without a background (before consent) no layer sets it.
  const map = L.map(el, { zoomControl: true, keyboard: true, minZoom: 9, maxZoom: tiles.maxZoom });
  map.attributionControl.setPrefix(false);
  followConsent(map, tiles, notice);
  const outline = L.geoJSON(boundary, { style: { color: '#0d5c63', weight: 2, fill: true, fillOpacity: 0.04, dashArray: '6 4' }, interactive: false }).addTo(map);
  const credit = document.createElement('span');
  credit.textContent = strings.boundaryCredit;
  map.attributionControl.addAttribution(credit.outerHTML);

  // From zoom FOCUS_ZOOM on, every place has its own marker (the check keeps unrelated places 30 m apart).
  const clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, disableClusteringAtZoom: FOCUS_ZOOM });
  const rings = L.layerGroup();
  const ringRenderer = L.canvas();
  map.addLayer(clusters);
  const markersByPlace = new Map<string, L.Marker>();

  // Filters apply to the options the form offers; data the form does not know stays visible.
  const values = (name: string, onlyChecked: boolean) => (form ? [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => !onlyChecked || i.checked).map((i) => i.value) : []);
  const offered = { collections: values('c', false), kinds: values('k', false) };
  const fromUrl = readFilters(location.search);
  const state = { collections: new Set(fromUrl.collections ?? offered.collections), kinds: new Set(fromUrl.kinds ?? offered.kinds) };
  const syncForm = () => {
    form?.querySelectorAll<HTMLInputElement>('input[name="c"]').forEach((i) => (i.checked = state.collections.has(i.value)));
    form?.querySelectorAll<HTMLInputElement>('input[name="k"]').forEach((i) => (i.checked = state.kinds.has(i.value)));
  };
  syncForm();
  const view = readView(location.hash);
  if (view) map.setView([view.lat, view.lon], view.zoom);
  else map.fitBounds(outline.getBounds(), { padding: [10, 10] });

  const writeUrl = () => {
    const c = map.getCenter();
    history.replaceState(null, '', writeState(location, { collections: [...state.collections], kinds: [...state.kinds] }, offered, { zoom: map.getZoom(), lat: c.lat, lon: c.lng }));
  };
  const visible = (f: AtlasFeature) => {
    const c = f.properties.collection;
    const k = `${c}:${f.properties.kind}`;
    return (!offered.collections.includes(c) || state.collections.has(c)) && (!offered.kinds.includes(k) || state.kinds.has(k));
  };
  const updateRings = () => (map.getZoom() >= 14 ? map.addLayer(rings) : map.removeLayer(rings));

  const render = () => {
    clusters.clearLayers();
    rings.clearLayers();
    markersByPlace.clear();
    const shown = data.features.filter(visible);
    const groups = groupByPlace(shown);
    const markers: L.Marker[] = [];
    for (const [place, members] of groups) {
      const first = members[0]!;
      const [lon, lat] = first.geometry.coordinates;
      const { precision, collection } = first.properties;
      const color = COLLECTION_COLORS[collection as CollectionName];
      const geometry = isApproximate(precision) ? MARKER_GEOMETRY.ring : MARKER_GEOMETRY.pin;
      const label = pluralForm(strings.lang, strings.markerLabel, members.length, { place: first.properties.place_name });
      const marker = L.marker([lat, lon], {
        icon: L.icon({ iconUrl: markerDataUrl(color, precision, members.length), iconSize: geometry.size, iconAnchor: geometry.anchor, popupAnchor: geometry.popupAnchor, className: `atlas-marker atlas-marker--${collection}` }),
        title: label,
        alt: label,
        keyboard: true,
      });
      marker.bindPopup(() => popupContent(members, strings), { maxWidth: 320 });
      markersByPlace.set(place, marker);
      markers.push(marker);
      if (isApproximate(precision)) rings.addLayer(L.circle([lat, lon], { radius: APPROXIMATE_RADIUS[precision], color, weight: 1, dashArray: '4 4', fillOpacity: 0.08, interactive: false, renderer: ringRenderer }));
    }
    clusters.addLayers(markers);
    updateRings();
    el.dataset['markers'] = String(markers.length);
    el.dataset['entries'] = String(shown.length);
    if (status) status.textContent = `${pluralForm(strings.lang, strings.statusEntries, data.features.length, { shown: shown.length, total: data.features.length })} ${pluralForm(strings.lang, strings.statusPlaces, groups.size)}`;
    if (list) {
      const slugs = new Set(shown.map((f) => f.properties.slug));
      list.querySelectorAll<HTMLElement>('[data-slug]').forEach((item) => (item.hidden = !slugs.has(item.dataset['slug']!)));
      list.querySelectorAll<HTMLElement>('[data-place-group]').forEach((group) => (group.hidden = !group.querySelector('[data-slug]:not([hidden])')));
    }
    el.dispatchEvent(new CustomEvent('atlas-map-rendered', { detail: { markers: markers.length, entries: shown.length } }));
  };

  render();
  map.on('zoomend', updateRings);
  map.on('moveend', writeUrl);
  const readForm = () => {
    state.collections = new Set(values('c', true));
    state.kinds = new Set(values('k', true));
    render();
    writeUrl();
  };
  form?.addEventListener('change', readForm);
  form?.addEventListener('reset', () => setTimeout(readForm));
  if (form) form.hidden = false;

  const focus = new URLSearchParams(location.search).get('focus');
  const feature = focus ? data.features.find((f) => f.properties.slug === focus) : undefined;
  if (feature) {
    if (!visible(feature)) {
      state.collections.add(feature.properties.collection);
      state.kinds.add(`${feature.properties.collection}:${feature.properties.kind}`);
      syncForm();
      render();
    }
    const marker = markersByPlace.get(feature.properties.place);
    if (marker) {
      // At FOCUS_ZOOM the marker stands alone; without animation, so that it is there at once
      // (markercluster's zoomToShowLayer never calls back when its own zoom stops short).
      map.setView(marker.getLatLng(), Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
      clusters.zoomToShowLayer(marker, () => marker.openPopup());
    }
  }
}

const el = document.getElementById('atlas-map');
if (el) {
  main(el).catch((error: unknown) => {
    el.dataset['error'] = String(error);
    const problem = document.getElementById('map-data-error');
    if (problem) problem.hidden = false;
  });
}
