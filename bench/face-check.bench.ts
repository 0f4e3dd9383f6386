// The in-browser face check: headless Chromium loads the built app from the real server, starts the app's own
// face worker (Human, WebAssembly backend, models from our origin) and has it judge frames of the fake camera
// showing the NASA portrait, one at a time as the app does. Prints the load time and the time per frame (the
// round trip from grabbing the frame to the judgement); the app samples every 500 ms, so a frame must take less.
//   node bench/face-check.bench.ts [--frames 40]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, requireChromium, requireFaceImage, startServer, videoOfImage } from '../e2e/support.ts';

const frames = Number(process.argv[process.argv.indexOf('--frames') + 1]) || 40;
const image = requireChromium() ? requireFaceImage() : null;
if (!image) process.exit(0);

execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-web.js')], { stdio: 'inherit' });
const assets = join(import.meta.dirname, '..', 'packages', 'web', 'dist', 'assets');
const workerFile = readdirSync(assets).find((name) => /^face\.worker-.*\.js$/.test(name));
if (!workerFile) throw new Error(`no face worker in ${assets}: the web build is missing it`);

const video = videoOfImage(mkdtempSync(join(tmpdir(), 'rehearse-face-bench-')), image);
const server = await startServer();
const browser = await launchBrowser([
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${video}`,
]);
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const result = await page.evaluate(
    async ({ workerUrl, count }) => {
      const preview = document.createElement('video');
      preview.muted = true;
      preview.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
      await preview.play();
      while (preview.videoWidth === 0) await new Promise((resolve) => setTimeout(resolve, 50));

      type Reply = { type: string; reason?: string; sample?: { faceInFrame: boolean; lookingAtCamera: boolean } };
      const started = performance.now();
      const worker = new Worker(workerUrl, { type: 'module' });
      let answer: (reply: Reply) => void = () => {};
      worker.onmessage = (event: MessageEvent<Reply>) => answer(event.data);
      const next = () => new Promise<Reply>((resolve) => (answer = resolve));
      const loaded = await next();
      if (loaded.type !== 'ready') throw new Error(`face check did not load: ${loaded.reason ?? loaded.type}`);
      const loadMs = performance.now() - started;

      const times: number[] = [];
      let withFace = 0;
      let looking = 0;
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        const bitmap = await createImageBitmap(preview);
        const reply = next();
        worker.postMessage({ bitmap, atSeconds: i / 2 }, [bitmap]);
        const { sample } = await reply;
        times.push(performance.now() - start);
        if (sample?.faceInFrame) withFace++;
        if (sample?.lookingAtCamera) looking++;
      }
      worker.terminate();
      return { loadMs, times, withFace, looking };
    },
    { workerUrl: `/assets/${workerFile}`, count: frames },
  );
  const sorted = [...result.times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(`face check loaded (worker, models, wasm) in ${result.loadMs.toFixed(0)} ms`);
  console.log(
    `per frame (640×480, grab → judgement), ${frames} frames: median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, first ${result.times[0]?.toFixed(0)} ms`,
  );
  console.log(
    `face in frame in ${result.withFace}/${frames} frames, looking at the camera in ${result.looking}/${frames}`,
  );
  console.log(`share of the 500 ms sampling interval spent per frame (median): ${(at(0.5) / 500).toFixed(2)}`);
} finally {
  await browser.close();
  await server.stop();
}
