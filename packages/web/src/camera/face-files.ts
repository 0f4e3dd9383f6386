/**
 * Where the app serves the face check's models and WebAssembly files (same origin, never a CDN): the build
 * copies them there (build/face-model-files.ts) and the worker loads them from there.
 */
export const FACE_FILES_PATH = '/human/';
