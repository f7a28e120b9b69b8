/**
 * MDX is code: a content file could import modules, run expressions or inject scripts.
 * Entries may only contain Markdown, wiki links and an allow-list of atlas components with
 * plain string attributes. This check walks the MDX syntax tree (parsed by Sätteri, the same
 * parser Astro uses) and reports every other construct with its line, column and a fix.
 *
 * `mdxSource` is the one place that prepares a body for the MDX compiler; the check parses
 * exactly what the build compiles, so a body the check passes compiles in the build.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import { SLUG_PATTERN } from '../model/slug.ts';
import type { CollectionName } from '../model/collections.ts';

/** Atlas components usable in MDX without import, with their allowed attributes. */
export const MDX_COMPONENTS: Record<string, { attributes: readonly string[]; refs?: { attribute: string; collections: readonly CollectionName[] } }> = {
  Zh: { attributes: [] },
  FigureValue: { attributes: ['slug'], refs: { attribute: 'slug', collections: ['figures'] } },
};

/** Harmless inline HTML that may appear in prose, with the attributes it may carry. */
export const MDX_HTML: Record<string, readonly string[]> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  small: [],
  mark: [],
  kbd: [],
  span: ['lang'],
};

const DANGEROUS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math', 'template', 'img', 'video', 'audio', 'source']);
/** A URL scheme (`https:`, `javascript:`), or `//` (a protocol-relative address on another host). */
const SCHEME = /^\s*(?:([a-z][a-z0-9+.-]*):|\/\/)/i;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A reference to another entry made by a component attribute (e.g. `<FigureValue slug="…"/>`). */
export interface ComponentRef {
  slug: string;
  line: number;
  column: number;
  collections: readonly CollectionName[];
  component: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  /** The normalised label of a reference (`![Logo][logo]`) or of a definition (`[logo]: …`). */
  identifier?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

const allowedList = () => `${Object.keys(MDX_COMPONENTS).join(', ')} and the HTML tags ${Object.keys(MDX_HTML).join(', ')}`;

/**
 * A body as the MDX compiler gets it: `<br>` written the HTML way (as CONTRIBUTING.md shows)
 * is closed for JSX (`<br />`). Line numbers do not change.
 */
export function mdxSource(body: string): string {
  return body.replace(/<br\s*>/gi, '<br />');
}

/** Options of the check. */
export interface MdxCheckOptions {
  /** Tells whether a site path such as `/bilder/x.png` exists in `public/`. */
  publicFileExists?: (path: string) => boolean;
}

/**
 * How a body is rendered: `markdown` when it is plain Markdown that reads the same as MDX (no
 * component, HTML tag, expression or import, no image, which MDX turns into an image
 * component, and no indented line, which Markdown would read as code and MDX as text), so the
 * build renders it directly with the same Markdown processor and plugins instead of compiling
 * it to a module; `mdx` otherwise.
 */
export type BodyFormat = 'markdown' | 'mdx';

/** Node types after which a body must go through the MDX compiler (see BodyFormat). */
const MDX_ONLY = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'image', 'imageReference']);

/**
 * Checks an MDX body. `bodyStartLine` is the file line on which the body starts, so
 * reported lines match the file. Returns the problems, the entry references made by
 * components (checked against the atlas by the link check) and the body's format.
 */
export function checkMdx(body: string, file: string, bodyStartLine = 1, options: MdxCheckOptions = {}): { problems: Problem[]; refs: ComponentRef[]; format: BodyFormat } {
  const problems: Problem[] = [];
  const refs: ComponentRef[] = [];
  let tree: MdNode;
  try {
    tree = mdxToMdast(mdxSource(body)) as unknown as MdNode;
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    const at = /^(\d+):(\d+)/.exec(message);
    const unclosed = /Expected a closing tag for `<(\w+)>`/.exec(message);
    return {
      problems: [
        {
          file,
          ...(at ? { line: bodyStartLine + Number(at[1]) - 1, column: Number(at[2]) } : {}),
          // The parser's own hint suggests {/* … */} comments, which the atlas refuses (expressions): drop it.
          message: `MDX syntax error: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(mdx[^)]*\)$/, '').replace(/\s*\(note: to create a comment in MDX[^)]*\)/, '')}`,
          fix: unclosed
            ? `close the tag: write </${unclosed[1]}> after its text, or <${unclosed[1]} /> for a tag without content`
            : /before name/.test(message) && /<!--/.test(body)
              ? 'remove the HTML comment <!-- … -->: MDX has no comments; notes for editors belong in the frontmatter as YAML comments (# …)'
              : 'check for a stray "<", "{" or "}" in the text; write them as \\< \\{ \\} to show them literally',
        },
      ],
      refs,
      format: 'mdx',
    };
  }
  const at = (node: MdNode) => (node.position ? { line: bodyStartLine + node.position.start.line - 1, column: node.position.start.column } : {});
  const report = (node: MdNode, message: string, fix: string) => problems.push({ file, ...at(node), message, fix });

  const checkUrl = (node: MdNode, url: string) => {
    const scheme = SCHEME.exec(url);
    const shown = url.slice(0, 60);
    if (node.type === 'image') {
      if (scheme) {
        report(node, `the image "${shown}" would be loaded from another site (or run code)`, 'store the image in public/bilder/ (with its licence) and write its site path, e.g. ![Beschreibung](/bilder/x.png)');
      } else if (!url.startsWith('/')) {
        report(node, `the image path "${shown}" is relative; images are served from public/`, `put the file in public/bilder/ and write ![Beschreibung](/bilder/${url.replace(/^(\.\.?\/)+/, '').split('/').pop()})`);
      } else if (options.publicFileExists && !options.publicFileExists(url.split(/[?#]/)[0]!)) {
        report(node, `the image "${shown}" does not exist: there is no file public${url.split(/[?#]/)[0]}`, 'add the file to public/ (with its licence), or correct the path');
      }
      return;
    }
    if (scheme && !scheme[1]) report(node, `the link target "${shown}" leaves out the protocol`, `write the full address with https:, e.g. https:${url.trim()}`);
    else if (scheme && !LINK_SCHEMES.has(scheme[1]!.toLowerCase())) report(node, `the link target "${shown}" runs code or embeds data`, 'link to an https:// address, or to a page of the atlas with a wiki link like [[zhipu]]');
    else if (!scheme && url.startsWith('/')) report(node, `the link target "${shown}" is a path of the site, which changes when the site moves or is translated`, 'link entries with a wiki link like [[zhipu]]');
  };

  const walk = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import and export statements are not allowed in content', `remove the line; the atlas components (${Object.keys(MDX_COMPONENTS).join(', ')}) work without import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `JavaScript expressions in curly braces are not allowed: {${String(node.value ?? '').slice(0, 40)}}`, 'write plain text; to show a brace literally, write \\{ and \\}');
        break;
      case 'definition':
        // A definition only images use is checked as an image, where it is used (below).
        if (node.url !== undefined && !(node.identifier !== undefined && imageOnly.has(node.identifier))) checkUrl(node, node.url);
        break;
      case 'link':
      case 'image':
        if (node.url !== undefined) checkUrl(node, node.url);
        break;
      case 'imageReference': {
        // `![Logo][logo]` loads the address of its definition `[logo]: …` as an image.
        const url = node.identifier === undefined ? undefined : definitions.get(node.identifier);
        if (url !== undefined) checkUrl({ ...node, type: 'image' }, url);
        break;
      }
      case 'html':
        report(node, 'raw HTML is not allowed in content', `use Markdown, or only ${allowedList()}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
    }
    node.children?.forEach(walk);
  };

  const checkElement = (node: MdNode) => {
    const name = node.name ?? '';
    const component = MDX_COMPONENTS[name];
    const html = MDX_HTML[name];
    if (!component && !html) {
      if (DANGEROUS.has(name.toLowerCase())) report(node, `<${name}> is not allowed in content`, `remove it; content may use only ${allowedList()}`);
      else report(node, `${name ? `<${name}>` : 'the fragment <>…</>'} is not an atlas component`, `use only ${allowedList()}; links to entries are wiki links like [[zhipu]]`);
      return;
    }
    const allowed = component ? component.attributes : html!;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        report(node, `spread attributes {…} are not allowed on <${name}>`, 'write each attribute as name="value"');
        continue;
      }
      const attr = attribute.name ?? '';
      if (/^on/i.test(attr)) {
        report(node, `the event handler ${attr} on <${name}> runs code and is not allowed`, 'remove the attribute');
        continue;
      }
      if (attribute.value !== null && typeof attribute.value === 'object') {
        report(node, `the attribute ${attr} on <${name}> is a JavaScript expression`, `write it as ${attr}="text"`);
        continue;
      }
      if (!allowed.includes(attr)) report(node, `<${name}> has no attribute "${attr}"`, allowed.length ? `use only ${allowed.join(', ')}` : 'remove the attribute');
    }
    if (component?.refs) {
      const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === component.refs!.attribute)?.value;
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        report(node, `<${name}> needs ${component.refs.attribute}="…" with the slug of an entry of ${component.refs.collections.join(' or ')}`, `e.g. <${name} ${component.refs.attribute}="large-models-registered-2025" />`);
      } else {
        const where = at(node);
        refs.push({ slug: value, line: where.line ?? bodyStartLine, column: where.column ?? 1, collections: component.refs.collections, component: name });
      }
    }
  };

  // Reference-style links and images: `[text][id]` / `![text][id]` with `[id]: address`.
  const definitions = new Map<string, string>();
  const linked = new Set<string>();
  const imaged = new Set<string>();
  let format: BodyFormat = /^(?: {4}|\t)/m.test(body) ? 'mdx' : 'markdown';
  const collect = (node: MdNode) => {
    if (MDX_ONLY.has(node.type)) format = 'mdx';
    if (node.identifier !== undefined) {
      if (node.type === 'definition' && node.url !== undefined && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
      if (node.type === 'linkReference') linked.add(node.identifier);
      if (node.type === 'imageReference') imaged.add(node.identifier);
    }
    node.children?.forEach(collect);
  };
  collect(tree);
  const imageOnly = new Set([...imaged].filter((id) => !linked.has(id)));
  walk(tree);
  return { problems, refs, format };
}
