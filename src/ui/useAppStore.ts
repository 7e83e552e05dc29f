// React's view of the one store.
import { useStore } from 'zustand';
import { appStore, type AppState } from '../store';
import { stringsFor } from './i18n/strings';
import type { Strings } from './i18n/bn';

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/** The UI strings in the language the student chose. */
export function useStrings(): Strings {
  return stringsFor(useAppStore((state) => state.ui.lang));
}
