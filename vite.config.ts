import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [crx({ manifest })],
  build: {
    target: 'chrome120',
    // Readable stack traces in an admin's bug report matter more than a few KB.
    sourcemap: false,
    emptyOutDir: true,
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
});
