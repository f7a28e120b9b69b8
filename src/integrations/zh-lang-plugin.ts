/**
 * Marks Chinese runs in rendered MDX with `<span lang="zh">`, as a Sätteri hast plugin,
 * so authors can write 智谱 in German prose without markup.
 */
import { defineHastPlugin } from 'satteri';
import { splitCjk, hasCjk } from '../atlas/model/cjk.ts';

/** Creates the plugin. */
export function zhLangPlugin() {
  return defineHastPlugin({
    name: 'atlas-zh-lang',
    text(node, ctx) {
      if (!hasCjk(node.value)) return;
      const parent = ctx.parent(node);
      if (parent && parent.type === 'element' && parent.properties?.['lang'] === 'zh') return;
      ctx.replaceNode(
        node,
        splitCjk(node.value).map((s) =>
          s.zh
            ? { type: 'element', tagName: 'span', properties: { lang: 'zh' }, children: [{ type: 'text', value: s.text }] }
            : { type: 'text', value: s.text },
        ),
      );
    },
  });
}
