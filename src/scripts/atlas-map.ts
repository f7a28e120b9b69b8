/**
 * The big map (/karte/): reads /atlas.geojson, groups entries that share a place into one
 * marker, clusters markers, filters by collection and kind, and keeps filters and view in
 * the URL so a view can be shared. The server-rendered list beside the map follows the
 * same filters. Loaded only on the map page.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { AtlasFeature, AtlasFeatureCollection } from '../lib/geojson.ts';
import { groupByPlace } from '../lib/geojson.ts';
import { COLLECTION_COLORS, MARKER_GEOMETRY, isApproximate, markerDataUrl } from '../lib/map-markers.ts';
import type { CollectionName } from '../lib/collections.ts';
import { fill, readJson, type MapStrings, type TileSettings } from './map-strings.ts';
import { addTiles } from './tiles.ts';
import { escapeHtml } from '../lib/html.ts';

/** Radius in metres of the ring drawn around approximate locations. */
const APPROXIMATE_RADIUS = { street: 250, area: 600, building: 0 } as const;

interface FilterState {
  collections: Set<string>;
  kinds: Set<string>;
}

async function main(): Promise<void> {
  const el = document.getElementById('atlas-map');
  if (!el) return;
  // leaflet.markercluster is a UMD plugin that extends the global L.
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');

  const strings = readJson<MapStrings>(el, 'strings');
  const tiles = readJson<TileSettings>(el, 'tiles');
  const form = document.getElementById('map-filters') as HTMLFormElement | null;
  const status = document.getElementById('map-status');
  const notice = document.getElementById('map-tiles-notice');
  const list = document.getElementById('map-list');

  const [data, boundary] = await Promise.all([
    fetch(el.dataset['geojson']!).then((r) => r.json() as Promise<AtlasFeatureCollection>),
    fetch(el.dataset['boundary']!).then((r) => r.json() as Promise<GeoJSON.GeoJsonObject>),
  ]);

  const map = L.map(el, { zoomControl: true, keyboard: true, preferCanvas: false });
  addTiles(map, tiles, notice);
  const outline = L.geoJSON(boundary, {
    style: { color: '#0d5c63', weight: 2, fill: true, fillOpacity: 0.04, dashArray: '6 4' },
    interactive: false,
  }).addTo(map);
  map.attributionControl.addAttribution(escapeHtml(strings.boundary) + ' © OpenStreetMap contributors (ODbL)');

  const clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true });
  const rings = L.layerGroup();
  const ringRenderer = L.canvas();
  map.addLayer(clusters);
  const markersByPlace = new Map<string, L.Marker>();

  // Filters apply to the options the form offers; data the form does not know stays visible.
  const offered = { c: new Set(allValues('c')), k: new Set(allValues('k')) };
  const state = readState();
  syncForm(state);
  const initialView = readView();
  if (initialView) map.setView(initialView.center, initialView.zoom);
  else map.fitBounds(outline.getBounds(), { padding: [10, 10] });

  render();
  map.on('zoomend', updateRings);
  map.on('moveend', writeUrl);

  form?.addEventListener('change', () => {
    state.collections = new Set(checked('c'));
    state.kinds = new Set(checked('k'));
    render();
    writeUrl();
  });
  form?.addEventListener('reset', () => {
    setTimeout(() => {
      state.collections = new Set(checked('c'));
      state.kinds = new Set(checked('k'));
      render();
      writeUrl();
    });
  });
  if (form) form.hidden = false;

  const focus = new URLSearchParams(location.search).get('focus');
  if (focus) focusEntry(focus);

  function checked(name: string): string[] {
    return form ? [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value) : [];
  }

  function allValues(name: string): string[] {
    return form ? [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) => i.value) : [];
  }

  function readState(): FilterState {
    const params = new URLSearchParams(location.search);
    const c = params.get('c');
    const k = params.get('k');
    return {
      collections: new Set(c !== null ? c.split(',').filter(Boolean) : allValues('c')),
      kinds: new Set(k !== null ? k.split(',').filter(Boolean) : allValues('k')),
    };
  }

  function syncForm(s: FilterState): void {
    form?.querySelectorAll<HTMLInputElement>('input[name="c"]').forEach((i) => (i.checked = s.collections.has(i.value)));
    form?.querySelectorAll<HTMLInputElement>('input[name="k"]').forEach((i) => (i.checked = s.kinds.has(i.value)));
  }

  function readView(): { center: L.LatLngExpression; zoom: number } | undefined {
    const m = /^#map=(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    return m ? { zoom: Number(m[1]), center: [Number(m[2]), Number(m[3])] } : undefined;
  }

  function writeUrl(): void {
    const params = new URLSearchParams(location.search);
    const all = (name: string, set: Set<string>) => allValues(name).every((v) => set.has(v));
    if (all('c', state.collections)) params.delete('c');
    else params.set('c', [...state.collections].join(','));
    if (all('k', state.kinds)) params.delete('k');
    else params.set('k', [...state.kinds].join(','));
    const c = map.getCenter();
    const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}#map=${map.getZoom()}/${c.lat.toFixed(5)}/${c.lng.toFixed(5)}`);
  }

  function visible(f: AtlasFeature): boolean {
    const c = f.properties.collection;
    const k = `${c}:${f.properties.kind}`;
    return (!offered.c.has(c) || state.collections.has(c)) && (!offered.k.has(k) || state.kinds.has(k));
  }

  function render(): void {
    clusters.clearLayers();
    rings.clearLayers();
    markersByPlace.clear();
    const shown = data.features.filter(visible);
    const groups = groupByPlace(shown);
    const markers: L.Marker[] = [];
    for (const [place, members] of groups) {
      const first = members[0]!;
      const [lon, lat] = first.geometry.coordinates;
      const precision = first.properties.precision;
      const color = COLLECTION_COLORS[first.properties.collection as CollectionName];
      const geometry = isApproximate(precision) ? MARKER_GEOMETRY.ring : MARKER_GEOMETRY.pin;
      const label = fill(strings.markerLabel, { place: first.properties.place_name, count: members.length });
      const marker = L.marker([lat, lon], {
        icon: L.icon({ iconUrl: markerDataUrl(color, precision, members.length), iconSize: geometry.size, iconAnchor: geometry.anchor, popupAnchor: geometry.popupAnchor, className: `atlas-marker atlas-marker--${first.properties.collection}` }),
        title: label,
        alt: label,
        keyboard: true,
      });
      marker.bindPopup(() => popupHtml(members), { maxWidth: 320 });
      (marker as L.Marker & { atlasCount: number }).atlasCount = members.length;
      markersByPlace.set(place, marker);
      markers.push(marker);
      if (isApproximate(precision)) {
        rings.addLayer(L.circle([lat, lon], { radius: APPROXIMATE_RADIUS[precision], color, weight: 1, dashArray: '4 4', fillOpacity: 0.08, interactive: false, renderer: ringRenderer }));
      }
    }
    clusters.addLayers(markers);
    updateRings();
    const places = groups.size;
    el!.dataset['markers'] = String(markers.length);
    el!.dataset['entries'] = String(shown.length);
    if (status) status.textContent = fill(strings.status, { shown: shown.length, total: data.features.length, places });
    if (list) {
      const shownSlugs = new Set(shown.map((f) => f.properties.slug));
      list.querySelectorAll<HTMLElement>('[data-slug]').forEach((item) => (item.hidden = !shownSlugs.has(item.dataset['slug']!)));
      list.querySelectorAll<HTMLElement>('[data-place-group]').forEach((group) => (group.hidden = !group.querySelector('[data-slug]:not([hidden])')));
    }
    performance.mark('atlas-map-rendered', { detail: { markers: markers.length, entries: shown.length } });
    el!.dispatchEvent(new CustomEvent('atlas-map-rendered', { detail: { markers: markers.length, entries: shown.length } }));
  }

  function updateRings(): void {
    if (map.getZoom() >= 14) map.addLayer(rings);
    else map.removeLayer(rings);
  }

  function popupHtml(members: AtlasFeature[]): HTMLElement {
    const first = members[0]!.properties;
    const root = document.createElement('div');
    root.className = 'map-popup';
    const approx = isApproximate(first.precision);
    const address = [first.address_de, first.address_zh ? `<span lang="zh">${escapeHtml(first.address_zh)}</span>` : undefined].filter(Boolean);
    root.innerHTML = `
      <p class="map-popup__place"><strong>${escapeHtml(first.place_name)}</strong>${approx ? ` <span class="map-popup__approx">(${escapeHtml(strings.approximate)})</span>` : ''}</p>
      ${address.length ? `<p class="map-popup__address">${address.map((a) => (a!.startsWith('<') ? a : escapeHtml(a!))).join('<br>')}</p>` : ''}
      ${members.length > 1 ? `<p class="map-popup__count">${escapeHtml(fill(strings.entriesHere, { count: members.length }))}</p>` : ''}
      <ul class="map-popup__list">${members
        .map((m) => {
          const p = m.properties;
          const kind = strings.kinds[`${p.collection}:${p.kind}`] ?? p.kind;
          return `<li data-slug="${escapeHtml(p.slug)}"><a href="${escapeHtml(p.url)}">${escapeHtml(p.name)}</a>${p.name_zh ? ` <span lang="zh">${escapeHtml(p.name_zh)}</span>` : ''}<br><span class="map-popup__kind">${escapeHtml(strings.collections[p.collection] ?? p.collection)} · ${escapeHtml(kind)}${p.role ? ` · ${escapeHtml(p.role)}` : ''}</span></li>`;
        })
        .join('')}</ul>`;
    return root;
  }

  function focusEntry(slug: string): void {
    const feature = data.features.find((f) => f.properties.slug === slug);
    if (!feature) return;
    if (!visible(feature)) {
      state.collections.add(feature.properties.collection);
      state.kinds.add(`${feature.properties.collection}:${feature.properties.kind}`);
      syncForm(state);
      render();
    }
    const marker = markersByPlace.get(feature.properties.place);
    if (!marker) return;
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 15));
    clusters.zoomToShowLayer(marker, () => marker.openPopup());
  }
}

main().catch((error: unknown) => {
  console.error('atlas map failed', error);
  const el = document.getElementById('atlas-map');
  if (el) el.dataset['error'] = String(error);
});
