/**
 * The visitor's choice about the background map, in the browser. Nothing third-party loads
 * until the visitor presses the button that says from whom the tiles come and what that
 * sends (the IP address). The choice can be remembered on the device (localStorage, for
 * this tile server only) and withdrawn; every map on the page follows it.
 */

const KEY = 'haidian-atlas:tiles';
const EVENT = 'atlas:tiles';

/** True when the visitor chose, on this device, to load tiles from `tileUrl`. */
export function rememberedConsent(tileUrl: string): boolean {
  try {
    return localStorage.getItem(KEY) === tileUrl;
  } catch {
    return false; // storage blocked: never load without asking
  }
}

/** Records the choice; `remember` keeps it on the device, otherwise it holds for this page. */
export function giveConsent(tileUrl: string, remember: boolean): void {
  try {
    if (remember) localStorage.setItem(KEY, tileUrl);
    else localStorage.removeItem(KEY);
  } catch {
    // storage blocked: the choice holds for this page only
  }
  document.dispatchEvent(new CustomEvent(EVENT, { detail: { on: true } }));
}

/** Withdraws the choice: forgets it and removes the background from every map on the page. */
export function withdrawConsent(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  document.dispatchEvent(new CustomEvent(EVENT, { detail: { on: false } }));
}

/** Calls `change(on)` whenever the choice changes on this page. */
export function onConsentChange(change: (on: boolean) => void): void {
  document.addEventListener(EVENT, (event) => change((event as CustomEvent<{ on: boolean }>).detail.on));
}

/**
 * Wires a consent panel (TileConsent.astro): its load button and remember box, and the
 * withdraw button shown while tiles are on. Shows the panel (it is hidden without JavaScript,
 * since then no map is drawn at all).
 */
export function wireConsentPanel(panel: HTMLElement, tileUrl: string): void {
  const ask = panel.querySelector<HTMLElement>('[data-tiles-ask]')!;
  const on = panel.querySelector<HTMLElement>('[data-tiles-on]')!;
  const remember = panel.querySelector<HTMLInputElement>('[data-tiles-remember]');
  const show = (loaded: boolean) => {
    ask.hidden = loaded;
    on.hidden = !loaded;
  };
  panel.querySelector('[data-tiles-load]')!.addEventListener('click', () => giveConsent(tileUrl, remember?.checked ?? false));
  panel.querySelector('[data-tiles-off]')!.addEventListener('click', () => withdrawConsent());
  onConsentChange(show);
  show(rememberedConsent(tileUrl));
  panel.hidden = false;
}
