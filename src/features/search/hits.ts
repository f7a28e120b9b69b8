/**
 * A search result as DOM: title (a link, or text inside a listbox option), Chinese name,
 * collection and kind, and the excerpt. Every piece of data goes in as a text node; only
 * Pagefind's <mark> elements survive from its excerpt HTML, rebuilt element by element.
 */
import { splitCjk } from '../../atlas/model/cjk.ts';
import { TERMS_SEPARATOR } from './terms.ts';
import type { PagefindResultData } from './pagefind.ts';

/** The parts of a result the atlas shows. */
export interface SearchHit {
  url: string;
  title: string;
  nameZh?: string;
  collection: string;
  kind: string;
  excerpt: string;
  summary: string;
}

/** Turns a Pagefind result into what the atlas shows. */
export async function hit(result: { data: () => Promise<PagefindResultData> }): Promise<SearchHit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    ...(data.meta['name_zh'] ? { nameZh: data.meta['name_zh'] } : {}),
    collection: data.meta['collection'] ?? '',
    kind: data.meta['kind'] ?? '',
    excerpt: data.excerpt,
    summary: data.meta['summary'] ?? '',
  };
}

/** Appends `text` to `parent`, Chinese runs in `<span lang="zh">`. */
function appendText(text: string, parent: Node): void {
  for (const s of splitCjk(text)) {
    if (s.zh) {
      const span = document.createElement('span');
      span.lang = 'zh';
      span.textContent = s.text;
      parent.appendChild(span);
    } else parent.appendChild(document.createTextNode(s.text));
  }
}

/** A fragment of Pagefind's excerpt HTML with only its <mark> elements kept, as text nodes. */
export function excerptFragment(excerpt: string): DocumentFragment {
  // Parsed inert (a template's content runs no scripts and loads nothing), then rebuilt.
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const out = document.createDocumentFragment();
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      appendText(node.textContent ?? '', mark);
      out.appendChild(mark);
    } else appendText(node.textContent ?? '', out);
  });
  return out;
}

/** The query's words marked in a plain text, as DOM (no HTML is parsed). */
export function highlighted(text: string, query: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const words = query.split(/\s+/).filter((w) => w.length >= 2 || /\p{Script=Han}/u.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) {
    appendText(text, out);
    return out;
  }
  text.split(new RegExp(`(${words.join('|')})`, 'giu')).forEach((part, i) => {
    if (i % 2) {
      const mark = document.createElement('mark');
      appendText(part, mark);
      out.appendChild(mark);
    } else appendText(part, out);
  });
  return out;
}

/**
 * Renders a hit into `element`. `asLink: false` draws the title as text, for listbox
 * options, which may not contain links (the option itself navigates).
 */
export function renderHit(hit: SearchHit, element: HTMLElement, query = '', asLink = true): void {
  const link = document.createElement(asLink ? 'a' : 'span');
  if (link instanceof HTMLAnchorElement) link.href = hit.url;
  link.className = 'search-hit__title';
  link.textContent = hit.title;
  element.appendChild(link);
  if (hit.nameZh) {
    const zh = document.createElement('span');
    zh.lang = 'zh';
    zh.className = 'search-hit__zh';
    zh.textContent = ` ${hit.nameZh}`;
    element.appendChild(zh);
  }
  const kind = document.createElement('span');
  kind.className = 'search-hit__kind';
  kind.textContent = `${hit.collection} · ${hit.kind}`;
  element.appendChild(kind);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  // An excerpt cut from the search-only name list reads badly: show the summary instead.
  if (hit.excerpt.split(TERMS_SEPARATOR).length > 2 && hit.summary) excerpt.appendChild(highlighted(hit.summary, query));
  else excerpt.appendChild(excerptFragment(hit.excerpt));
  element.appendChild(excerpt);
}
