// How the review's diff is shown: unified or split as the reviewer last chose (kept in the browser), but always
// unified on a screen too narrow for two columns.
import { useState, useSyncExternalStore } from 'react';
import type { DiffViewMode } from '../components/review/DiffFileView.tsx';
import { readStored, viewKey, writeStored } from './review-draft.ts';

/** Below this width the split view has no room: the diff is unified. */
const NARROW_SCREEN = '(max-width: 760px)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW_SCREEN);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const useNarrowScreen = () => useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW_SCREEN).matches);

export function useDiffView() {
  const narrow = useNarrowScreen();
  const [viewChoice, setViewChoice] = useState<DiffViewMode>(() =>
    readStored(viewKey) === 'split' ? 'split' : 'unified',
  );
  const view: DiffViewMode = narrow ? 'unified' : viewChoice;
  const chooseView = (next: DiffViewMode) => {
    setViewChoice(next);
    writeStored(viewKey, next);
  };
  return { view, narrow, chooseView };
}
