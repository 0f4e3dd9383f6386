import { describe, expect, it } from 'vitest';
import { addressToOpen, startupNotice, type StartupFacts } from './startup-notice.ts';

const facts: StartupFacts = {
  host: '127.0.0.1',
  port: 3000,
  publicUrl: undefined,
  transcription: { available: true, engine: 'pocketsphinx', missing: [] },
  ffmpeg: true,
  flite: true,
  webBuilt: true,
};

describe('startup notice', () => {
  it('names the address to open and who can reach it', () => {
    const lines = startupNotice(facts);
    expect(lines[0]).toBe('Rehearse is running: open http://localhost:3000');
    expect(lines[1]).toMatch(/Only this machine can reach it .*HOST=0\.0\.0\.0/);
    expect(startupNotice({ ...facts, host: '0.0.0.0' })[1]).toMatch(/Every machine .* administrator/);
    expect(addressToOpen({ host: '192.168.1.5', port: 8080, publicUrl: undefined })).toBe('http://192.168.1.5:8080');
    expect(addressToOpen({ ...facts, publicUrl: 'https://rehearse.example' })).toBe('https://rehearse.example');
  });

  it('says in words what is missing and what it costs', () => {
    const lines = startupNotice({
      ...facts,
      ffmpeg: false,
      transcription: { available: false, engine: 'pocketsphinx', missing: ['pocketsphinx_continuous: apt-get …'] },
      flite: false,
      webBuilt: false,
    }).join('\n');
    expect(lines).toContain('Spoken and video answers are unavailable (typed answers work)');
    expect(lines).toContain('ffmpeg: apt-get install ffmpeg; pocketsphinx_continuous');
    expect(lines).toContain('flite is not installed');
    expect(lines).toContain('npm run build');
    expect(startupNotice(facts).join('\n')).not.toMatch(/unavailable|missing|not built/);
  });
});
