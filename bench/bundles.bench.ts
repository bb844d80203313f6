/**
 * Web bundles (issue 13, item 14): builds the web app into a throwaway folder with the project's
 * vite.config.ts and prints, per route (src/web/routes.ts), the gzip size of the scripts the page
 * needs before it renders, of its CSS, and of what it loads afterwards (the charts). A public
 * page above 150 KB of JavaScript fails the run (exit code 1). See bench/bundle-sizes.ts for
 * what is counted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { PUBLIC_PAGE_JS_BUDGET_BYTES, readManifest, routeBundles } from './bundle-sizes';
import type { BenchReport } from './run';

export const name = 'Webappens bundter: gzip pr. side (budget 150 KB JavaScript for offentlige sider)';

const kb = (bytes: number) => bytes / 1000;

export async function run(report: BenchReport): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'helhedsplan-bundles-'));
  try {
    const started = performance.now();
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    report.line('vite build', (performance.now() - started) / 1000, 's');

    const bundles = routeBundles(readManifest(outDir), outDir);
    const shared = bundles[0]?.styles ?? [];
    report.note(
      `CSS (the same file on every page): ${shared.map((f) => `${f.file} ${kb(f.bytes).toFixed(1)} KB, gzip ${kb(f.gzipBytes).toFixed(1)} KB`).join('; ')}`,
    );
    for (const bundle of bundles) {
      const { route } = bundle;
      const label = `${route.example} (${route.audience === 'public' ? 'offentlig' : 'logget ind'})`;
      report.note(
        `${label}: ${bundle.scripts.length} scripts${bundle.deferred.length > 0 ? `, bagefter ${bundle.deferred.length}` : ''}`,
      );
      if (route.audience === 'public') {
        report.budget(
          `  JavaScript, gzip (${route.example})`,
          kb(bundle.jsGzipBytes),
          'KB',
          kb(PUBLIC_PAGE_JS_BUDGET_BYTES),
        );
      } else {
        report.line('  JavaScript, gzip', kb(bundle.jsGzipBytes), 'KB');
      }
      report.line('  CSS, gzip', kb(bundle.cssGzipBytes), 'KB');
      if (bundle.deferred.length > 0) {
        report.line('  efter siden vises (grafer), gzip', kb(bundle.deferredGzipBytes), 'KB');
      }
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
