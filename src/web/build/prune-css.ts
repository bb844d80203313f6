/**
 * Build-time pruning of the DKFDS stylesheet to what this app uses (decision 020). DKFDS ships
 * its component styles as SCSS, but the project has no Sass compiler; pruning the compiled CSS
 * keeps DKFDS's own output, byte for byte, for every rule the app can match.
 *
 * A selector is kept when each class it names is used: named in the app's sources (src/web) as a
 * word, or starting with a prefix the sources build class names from (`alert-${kind}`). Selectors
 * without classes (elements, attributes, :root) are kept; @font-face, @keyframes and the like are
 * kept whole. A rule is dropped when none of its selectors is kept, an @media or @supports block
 * when none of its rules is. Unused classes are over-counted, never under-counted: any word in the
 * sources counts, so a class can only be pruned when no source file mentions it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface UsedClasses {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

/** The words and class prefixes in source texts (TSX, TS, HTML, the app's own CSS). */
export function usedClasses(sources: Iterable<string>): UsedClasses {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of sources) {
    for (const match of text.matchAll(/[A-Za-z_][\w-]*/g)) words.add(match[0]);
    // `alert-${kind}`, `change-chip--${h.change}`: a class built from a prefix.
    for (const match of text.matchAll(/([A-Za-z_][\w-]*-)\$\{/g)) prefixes.add(match[1] as string);
  }
  return { words, prefixes: [...prefixes] };
}

/** Every source file below `dir` that can name a class. */
export function readSources(dir: string): string[] {
  const texts: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(tsx?|html|css)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
      continue;
    texts.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return texts;
}

function isUsed(className: string, used: UsedClasses): boolean {
  return used.words.has(className) || used.prefixes.some((p) => className.startsWith(p));
}

/** Splits at top-level commas (not inside parentheses or brackets, as in `:is(a, b)`). */
function splitSelectors(selectorList: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectorList.length; i++) {
    const c = selectorList[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selectorList.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selectorList.slice(start));
  return parts;
}

function keepSelector(selector: string, used: UsedClasses): boolean {
  // Attribute values may contain dots (`[href$=".pdf"]`); only classes outside them count. Classes
  // inside :not(), :is(), :where(), :has() do not decide (`.button:not(.button-unstyled)` matches
  // buttons without that class), so the selector is judged without them.
  let required = selector.replace(/\[[^\]]*\]/g, '');
  for (let previous = ''; previous !== required; ) {
    previous = required;
    required = required.replace(/:(not|is|where|has|matches|-webkit-any)\([^()]*\)/g, '');
  }
  for (const match of required.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) {
    if (!isUsed(match[1] as string, used)) return false;
  }
  return true;
}

/** Index just past the block that opens at `open` (a '{'), skipping strings and comments. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`Unbalanced braces in CSS from offset ${open}.`);
}

const NESTED_AT_RULES = /^@(media|supports|layer|container)\b/;

/** The stylesheet with the rules no used class can match left out. */
export function pruneCss(css: string, used: UsedClasses): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    // Whitespace and comments between statements.
    const rest = css.slice(i);
    const skip = /^(\s+|\/\*[\s\S]*?\*\/)/.exec(rest);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const open = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (semicolon >= 0 && (open < 0 || semicolon < open)) {
      // A statement without a block: @charset, @import.
      out += `${css.slice(i, semicolon + 1)}\n`;
      i = semicolon + 1;
      continue;
    }
    if (open < 0) break;
    const end = blockEnd(css, open);
    const prelude = css.slice(i, open).trim();
    if (NESTED_AT_RULES.test(prelude)) {
      const inner = pruneCss(css.slice(open + 1, end - 1), used);
      if (inner.trim()) out += `${prelude}{\n${inner}}\n`;
    } else if (prelude.startsWith('@')) {
      out += `${css.slice(i, end)}\n`; // @font-face, @keyframes, @page: kept whole.
    } else {
      const kept = splitSelectors(prelude).filter((s) => keepSelector(s, used));
      if (kept.length > 0) out += `${kept.map((s) => s.trim()).join(',\n')}${css.slice(open, end)}\n`;
    }
    i = end;
  }
  return out;
}

/**
 * Vite plugin: in a build, CSS files whose path matches `include` are pruned to the classes the
 * sources in `sourceDir` use. `vite dev` serves them whole (its sources change while it runs).
 */
export function pruneUnusedCss(options: { include: RegExp; sourceDir: string }): Plugin {
  let used: UsedClasses | undefined;
  return {
    name: 'helhedsplan:prune-unused-css',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      used = usedClasses(readSources(options.sourceDir));
    },
    transform(code, id) {
      if (!options.include.test(id.replace(/\?.*$/, ''))) return null;
      used ??= usedClasses(readSources(options.sourceDir));
      return { code: pruneCss(code, used), map: null };
    },
  };
}
