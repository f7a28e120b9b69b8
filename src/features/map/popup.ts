/**
 * The popup of a marker, built as DOM with text nodes only: names, addresses and roles come
 * from contributors' files, and none of them is ever parsed as HTML.
 */
import type { AtlasFeature } from './geojson.ts';
import { isApproximate } from './markers.ts';
import { pluralForm } from '../../i18n/template.ts';
import type { MapStrings } from './strings.ts';

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string, lang?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  if (lang) el.lang = lang;
  return el;
}

/** The popup content of the entries at one place (the place itself first). */
export function popupContent(members: readonly AtlasFeature[], strings: MapStrings): HTMLElement {
  const first = members[0]!.properties;
  const root = node('div', 'map-popup');
  const place = node('p', 'map-popup__place');
  place.append(node('strong', undefined, first.place_name));
  if (isApproximate(first.precision)) place.append(' ', node('span', 'map-popup__approx', `(${strings.approximate})`));
  root.append(place);
  if (first.address_de || first.address_zh) {
    const address = node('p', 'map-popup__address');
    if (first.address_de) address.append(first.address_de);
    if (first.address_de && first.address_zh) address.append(node('br'));
    if (first.address_zh) address.append(node('span', undefined, first.address_zh, 'zh'));
    root.append(address);
  }
  if (members.length > 1) root.append(node('p', 'map-popup__count', pluralForm(strings.lang, strings.entriesHere, members.length)));
  const list = node('ul', 'map-popup__list');
  for (const m of members) {
    const p = m.properties;
    const item = node('li');
    item.dataset['slug'] = p.slug;
    const link = node('a', undefined, p.name);
    link.href = p.url;
    item.append(link);
    if (p.name_zh) item.append(' ', node('span', undefined, p.name_zh, 'zh'));
    item.append(node('br'), node('span', 'map-popup__kind', [p.collection_label, p.kind_label, p.role].filter(Boolean).join(' · ')));
    list.append(item);
  }
  root.append(list);
  return root;
}
