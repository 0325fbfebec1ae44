import { useMediaQuery } from './common/useMediaQuery';

/** The system's colour scheme, following changes live. */
export function useColorScheme(): 'light' | 'dark' {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
