import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  resolve: {
    // dkfds only exports its JS entry; its CSS, fonts and icons are reached through this alias.
    alias: { '@dkfds': fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url)) },
  },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
