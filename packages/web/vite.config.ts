import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { faceModelFiles } from './build/face-model-files.ts';
import { precompress } from './build/precompress.ts';

export default defineConfig({
  plugins: [react(), faceModelFiles(), precompress()],
  // The face check's worker is an ES module (it loads the camera check's models lazily, in video mode only).
  worker: { format: 'es' },
  // No source maps: the served build would publish them, and with them the app's whole source.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Compressing the build (precompress) takes seconds by design, after the bundle is written: not a warning.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
