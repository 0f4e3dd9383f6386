// The interviewer reads each question aloud: with the browser's own voices (speechSynthesis), or, where the
// browser has none (headless Chromium, many Linux desktops), with speech the server makes with flite.
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';

/** Who speaks: the browser, the server, or nobody (neither has a voice). */
export type VoiceSource = 'browser' | 'server' | 'none';

let playing: HTMLAudioElement | null = null;
/** Bumped by every new saying and every stop, so that speech arriving late for an old one stays silent. */
let generation = 0;

/** Stops whatever the interviewer is saying (the candidate starts answering, the question changes). */
export function stopSpeaking(): void {
  generation++;
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  playing?.pause();
  playing = null;
}

/** How many speech-synthesis voices the browser has; they often load after the page, so this follows them. */
function useBrowserVoices(): number {
  const synthesis = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const [count, setCount] = useState(() => synthesis?.getVoices().length ?? 0);
  useEffect(() => {
    if (!synthesis) return;
    const update = () => setCount(synthesis.getVoices().length);
    synthesis.addEventListener('voiceschanged', update);
    update();
    return () => synthesis.removeEventListener('voiceschanged', update);
  }, [synthesis]);
  return count;
}

async function sayOnServer(text: string, mine: number): Promise<'ok' | 'missing' | 'failed'> {
  const { data, response } = await api.GET('/api/v1/speech/say', { params: { query: { text } }, parseAs: 'blob' });
  if (response.status === 503) return 'missing';
  if (!data) return 'failed';
  if (mine !== generation) return 'ok'; // stopped, or another question, while the speech was on its way
  const url = URL.createObjectURL(data);
  const audio = new Audio(url);
  audio.addEventListener('ended', () => URL.revokeObjectURL(url), { once: true });
  playing = audio;
  // Autoplay may be refused before the candidate has clicked anything; they then read the question instead.
  await audio.play().catch(() => undefined);
  return 'ok';
}

/** The interviewer's voice: `say` a text with the first voice there is; `source` says whose, or that none is. */
export function useInterviewerVoice(): { source: VoiceSource; say: (text: string) => void } {
  const voices = useBrowserVoices();
  const [serverMissing, setServerMissing] = useState(false);
  const source: VoiceSource = voices > 0 ? 'browser' : serverMissing ? 'none' : 'server';
  const say = useCallback(
    (text: string) => {
      stopSpeaking();
      if (source === 'browser') window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
      else if (source === 'server')
        void sayOnServer(text, generation)
          .then((outcome) => outcome === 'missing' && setServerMissing(true))
          .catch(() => undefined);
    },
    [source],
  );
  return { source, say };
}
