/**
 * The first page is light (issue 13, item 14): reads the Vite manifest of the built app
 * (`npm test` runs `npm run build:web` first) and holds the front page and every public page to
 * 150 KB of JavaScript, gzip, counting the entry and every chunk the page imports statically.
 * `npm run bench -- bundles` prints the same figures for every route.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_JS_BUDGET_BYTES, readManifest, routeBundles } from '../../bench/bundle-sizes';
import { ROUTES } from '../../src/web/routes';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('web bundle budget (dist/web/.vite/manifest.json)', () => {
  const bundles = routeBundles(readManifest());
  const publicBundles = bundles.filter((b) => b.route.audience === 'public');

  it('covers the front page and the public plan pages', () => {
    const publicPaths = publicBundles.map((b) => b.route.path);
    expect(publicPaths).toEqual(expect.arrayContaining(['', 'planer/:slug', 'planer/:slug/budget']));
    expect(bundles).toHaveLength(ROUTES.length);
  });

  it.each(publicBundles.map((b) => [b.route.example, b] as const))(
    '%s loads at most 150 KB gzip of JavaScript',
    (_example, bundle) => {
      const detail = bundle.scripts.map((s) => `${s.file} ${kb(s.gzipBytes)}`).join(', ');
      expect(bundle.jsGzipBytes, `${kb(bundle.jsGzipBytes)}: ${detail}`).toBeLessThanOrEqual(
        PUBLIC_PAGE_JS_BUDGET_BYTES,
      );
    },
  );

  it('loads each page in its own chunk, not in the entry', () => {
    // What every route loads is the shell (the entry and what it imports).
    const shell = new Set(
      bundles
        .map((b) => b.scripts.map((s) => s.file))
        .reduce((common, files) => common.filter((f) => files.includes(f))),
    );
    expect(shell.size).toBeGreaterThan(0);
    for (const bundle of bundles) {
      const own = bundle.scripts.filter((s) => !shell.has(s.file));
      expect(own.length, `${bundle.route.page} should add a chunk of its own`).toBeGreaterThan(0);
    }
  });
});
