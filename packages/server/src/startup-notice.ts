// What a person starting the server reads first, in words, before the JSON log lines: the address to open, who
// can reach it, and what is missing from this machine and what that costs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { findOnPath } from './modules/speech/run-process.ts';
import type { Availability } from './modules/speech/transcriber.ts';

export interface StartupFacts {
  /** The address the server listens on, and its port. */
  host: string;
  port: number;
  publicUrl: string | undefined;
  /** The transcriber's own verdict (PocketSphinx and its model, or a hosted endpoint). */
  transcription: Availability;
  /** ffmpeg decodes recorded answers (WebM/Opus, MP4/AAC) before any transcriber hears them. */
  ffmpeg: boolean;
  /** flite: the interviewer's voice for browsers without one (and spoken evaluation, where espeak-ng also does). */
  flite: boolean;
  webBuilt: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/** Where a browser on this machine should go: the public address when one is set. */
export function addressToOpen(facts: Pick<StartupFacts, 'host' | 'port' | 'publicUrl'>): string {
  if (facts.publicUrl) return facts.publicUrl;
  const host = LOOPBACK.has(facts.host) || EVERY_INTERFACE.has(facts.host) ? 'localhost' : facts.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${facts.port}`;
}

/** The notice, one line per fact, in words. */
export function startupNotice(facts: StartupFacts): string[] {
  const lines = [`Rehearse is running: open ${addressToOpen(facts)}`];
  if (LOOPBACK.has(facts.host))
    lines.push(`  Only this machine can reach it (HOST=${facts.host}); set HOST=0.0.0.0 to serve your network.`);
  else if (EVERY_INTERFACE.has(facts.host))
    lines.push(
      `  Every machine that can reach this one can use it (HOST=${facts.host}); the first account to sign up ` +
        'becomes the administrator.',
    );
  if (!facts.webBuilt) lines.push('  The web app is not built, so only the API answers: run `npm run build`.');
  const spokenMissing = [
    ...(facts.ffmpeg ? [] : ['ffmpeg: apt-get install ffmpeg']),
    ...(facts.transcription.available ? [] : facts.transcription.missing),
  ];
  if (spokenMissing.length)
    lines.push(
      '  Spoken and video answers are unavailable (typed answers work): missing ' + spokenMissing.join('; ') + '.',
    );
  else lines.push(`  Spoken and video answers: transcribed by ${facts.transcription.engine}.`);
  if (!facts.flite)
    lines.push(
      "  flite is not installed: browsers without a voice of their own show the interviewer's questions without " +
        'reading them (apt-get install flite).',
    );
  return lines;
}

/** Looks at this machine for what the notice reports. */
export async function gatherStartupFacts(
  config: Config,
  listening: { host: string; port: number },
  transcription: () => Promise<Availability>,
): Promise<StartupFacts> {
  const [availability, ffmpeg, flite] = await Promise.all([transcription(), findOnPath('ffmpeg'), findOnPath('flite')]);
  return {
    ...listening,
    publicUrl: config.publicUrl,
    transcription: availability,
    ffmpeg: Boolean(ffmpeg),
    flite: Boolean(flite),
    webBuilt: existsSync(join(config.webDistDir, 'index.html')),
  };
}
