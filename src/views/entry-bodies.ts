/**
 * The compiled MDX bodies of the entries, by content path (`/content/companies/zhipu.mdx`):
 * Vite compiles each on demand, and the atlas integration feeds each one its body. Kept in a
 * module so that the map of loaders is built once per build, not on every entry page (an
 * object with one loader per MDX file, which on every page would make the pages phase grow
 * with the square of the atlas).
 */
export const ENTRY_BODIES = import.meta.glob<{ default: (props: Record<string, unknown>) => unknown }>('/content/*/*.mdx');
