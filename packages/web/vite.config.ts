import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { faceModelFiles } from './build/face-model-files.ts';

export default defineConfig({
  plugins: [react(), faceModelFiles()],
  // The face check's worker is an ES module (it loads the camera check's models lazily, in video mode only).
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
