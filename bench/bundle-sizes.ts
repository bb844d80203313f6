/**
 * What each web route loads, read from the Vite manifest of the built app (dist/web/.vite/
 * manifest.json, `build.manifest` in vite.config.ts) and the route table (src/web/routes.ts).
 *
 * A route's initial scripts are the entry (index.html's chunk) and the route's page chunk with
 * everything each imports statically, transitively — what the browser must fetch before the page
 * renders. Chunks a page imports dynamically (the chart library, drawn after the page is shown,
 * decision 020) are counted apart as `deferred`. Sizes are gzip at zlib's default level 6, what a
 * web server typically sends; each file is counted once per route.
 * Used by bench/bundles.bench.ts and test/web/bundle-budget.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PUBLIC_PAGE_JS_BUDGET_BYTES, ROUTES, type RouteSpec } from '../src/web/routes';

export const WEB_DIST = fileURLToPath(new URL('../dist/web', import.meta.url));
export { PUBLIC_PAGE_JS_BUDGET_BYTES };

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RouteBundle {
  route: RouteSpec;
  /** Scripts the page needs before it renders: entry + page chunk + their static imports. */
  scripts: FileSize[];
  styles: FileSize[];
  /** Scripts the page loads after it renders (dynamic imports of its chunks), not yet loaded. */
  deferred: FileSize[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  deferredGzipBytes: number;
}

export function readManifest(dist = WEB_DIST): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build:web\` first (npm test does).`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The entry chunk: index.html's script. */
function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1)
    throw new Error(`Expected one entry in the Vite manifest, found ${entries.length}.`);
  return (entries[0] as [string, ManifestChunk])[0];
}

/** The chunk keys reached from `roots` through static imports. */
function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest has no chunk ${key}.`);
    seen.add(key);
    stack.push(...(chunk.imports ?? []));
  }
  return seen;
}

/**
 * The manifest key of a route's page chunk: the page's source path, or — for a page that other
 * pages also import statically (the not-found page) — the shared chunk of that name which the
 * entry imports dynamically.
 */
function pageChunkKey(manifest: Manifest, entry: string, route: RouteSpec): string {
  if (manifest[route.page]) return route.page;
  const name = route.page.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const shared = (manifest[entry]?.dynamicImports ?? []).find((key) => manifest[key]?.name === name);
  if (shared) return shared;
  throw new Error(
    `The Vite manifest has no chunk for ${route.page} (route ${route.path}); is it lazy-loaded?`,
  );
}

export function sizeOf(file: string, dist = WEB_DIST): FileSize {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

const total = (files: FileSize[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);

export function routeBundles(manifest = readManifest(), dist = WEB_DIST): RouteBundle[] {
  const entry = entryKey(manifest);
  const cache = new Map<string, FileSize>();
  const size = (file: string) => {
    let known = cache.get(file);
    if (!known) {
      known = sizeOf(file, dist);
      cache.set(file, known);
    }
    return known;
  };
  return ROUTES.map((route) => {
    const initial = staticClosure(manifest, [entry, pageChunkKey(manifest, entry, route)]);
    const later = new Set<string>();
    for (const key of initial) {
      for (const dynamic of manifest[key]?.dynamicImports ?? []) {
        // The entry imports every page dynamically; other pages are other routes, not this one's.
        if (key === entry) continue;
        for (const reached of staticClosure(manifest, [dynamic]))
          if (!initial.has(reached)) later.add(reached);
      }
    }
    const files = (keys: Set<string>) => [...keys].map((k) => (manifest[k] as ManifestChunk).file);
    const scripts = files(initial)
      .filter((f) => f.endsWith('.js'))
      .map(size);
    const styles = [...new Set([...initial].flatMap((k) => manifest[k]?.css ?? []))].map(size);
    const deferred = files(later)
      .filter((f) => f.endsWith('.js'))
      .map(size);
    return {
      route,
      scripts,
      styles,
      deferred,
      jsGzipBytes: total(scripts),
      cssGzipBytes: total(styles),
      deferredGzipBytes: total(deferred),
    };
  });
}
