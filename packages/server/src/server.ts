// Entry point of the web role (serve.ts), loaded once Node's compile cache is on (compile-cache.js).
import './compile-cache.js';

await import('./serve.ts');
