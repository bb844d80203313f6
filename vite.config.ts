import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './src/web/build/precompress.ts';
import { pruneUnusedCss } from './src/web/build/prune-css.ts';

export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // DKFDS's stylesheet, less the rules of components this app does not use (decision 020).
    pruneUnusedCss({
      include: /\/dkfds\/dist\/css\/dkfds\.css$/,
      sourceDir: fileURLToPath(new URL('./src/web', import.meta.url)),
    }),
    // .gz and .br beside each file, sent by the server to browsers that accept them.
    precompress(),
  ],
  resolve: {
    // dkfds only exports its JS entry; its CSS, fonts and icons are reached through this alias.
    alias: { '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)) },
  },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
