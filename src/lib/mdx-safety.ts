/**
 * MDX is code: a content file could import modules, run expressions or inject scripts.
 * Entries may only contain Markdown, wiki links and an allow-list of atlas components
 * with plain string attributes. This check walks the MDX syntax tree (parsed by Sätteri,
 * the same parser Astro uses) and reports every other construct with its line and a fix.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';
import { SLUG_PATTERN } from './slug.ts';
import type { CollectionName } from './collections.ts';

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
const BAD_URL = /^\s*(javascript|vbscript|data):/i;

/** A reference to another entry made by a component attribute (e.g. `<FigureValue slug="…"/>`). */
export interface ComponentRef {
  slug: string;
  line: number;
  collections: readonly CollectionName[];
  component: string;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const allowedList = () => `${Object.keys(MDX_COMPONENTS).join(', ')} and the HTML tags ${Object.keys(MDX_HTML).join(', ')}`;

/**
 * Checks an MDX body. `bodyStartLine` is the file line on which the body starts, so
 * reported lines match the file. Returns the problems and the entry references made by
 * components (validated against the atlas by the link graph).
 */
export function checkMdx(body: string, file: string, bodyStartLine = 1): { problems: Problem[]; refs: ComponentRef[] } {
  const problems: Problem[] = [];
  const refs: ComponentRef[] = [];
  let tree: MdNode;
  try {
    tree = mdxToMdast(body) as unknown as MdNode;
  } catch (error) {
    const message = String((error as Error).message ?? error).split('\n')[0]!;
    const line = /(\d+):(\d+)/.exec(message);
    return {
      problems: [{ file, ...(line ? { line: bodyStartLine + Number(line[1]) - 1 } : {}), message: `MDX syntax error: ${message}`, fix: 'check for a stray "<", "{" or "}" in the text; write them as \\< \\{ \\} to show them literally' }],
      refs,
    };
  }
  const at = (node: MdNode) => (node.position ? { line: bodyStartLine + node.position.start.line - 1 } : {});
  const report = (node: MdNode, message: string, fix: string) => problems.push({ file, ...at(node), message, fix });

  const walk = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import and export statements are not allowed in content', `remove the line; the atlas components (${Object.keys(MDX_COMPONENTS).join(', ')}) work without import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `JavaScript expressions in curly braces are not allowed: {${String(node.value ?? '').slice(0, 40)}}`, 'write plain text; to show a brace literally, write \\{ and \\}');
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && BAD_URL.test(node.url)) report(node, `the link target "${node.url.slice(0, 40)}" runs code or embeds data`, 'link to an https:// address or a page of the atlas (a wiki link like [[zhipu]])');
        else if (node.type === 'image' && node.url && !node.url.startsWith('/')) report(node, `the image "${node.url.slice(0, 60)}" would be loaded from another site`, 'store the image in public/ (with its licence) and write its path, e.g. ![Beschreibung](/bilder/x.png)');
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
      else report(node, `<${name || '>'}> is not an atlas component`, `use only ${allowedList()}; links to entries are wiki links like [[zhipu]]`);
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
      if (!allowed.includes(attr)) {
        report(node, `<${name}> has no attribute "${attr}"`, allowed.length ? `use only ${allowed.join(', ')}` : 'remove the attribute');
        continue;
      }
      if (typeof attribute.value === 'string' && BAD_URL.test(attribute.value)) report(node, `the attribute ${attr} on <${name}> holds a code URL`, 'remove it');
    }
    if (component?.refs) {
      const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === component.refs!.attribute)?.value;
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        report(node, `<${name}> needs ${component.refs.attribute}="…" with the slug of an entry of ${component.refs.collections.join(' or ')}`, `e.g. <${name} ${component.refs.attribute}="large-models-registered-2025" />`);
      } else {
        refs.push({ slug: value, line: at(node).line ?? bodyStartLine, collections: component.refs.collections, component: name });
      }
    }
  };

  walk(tree);
  return { problems, refs };
}
