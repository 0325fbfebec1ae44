/**
 * Test-only faults: the typed test API (`window.playground.testing.breakPanel`) arms one, and the
 * named panel's error boundary then sees its content throw, so the e2e suite can check that a
 * failing panel never blanks the page. Nothing else arms them; "Try again" disarms its panel's.
 */
import { useSyncExternalStore } from 'react';

/** Every panel and dialog that sits under its own error boundary. */
export const PANEL_NAMES = [
  'editors',
  'identity-pane',
  'other-pane',
  'results',
  'venn',
  'table',
  'explanation',
  'simulator',
  'effective',
  'guardrails',
  'help',
  'gallery',
  'managed',
  'import',
  'export',
  'compare',
] as const;

/** The name of a panel with an error boundary. */
export type PanelName = (typeof PANEL_NAMES)[number];

const armed = new Set<PanelName>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether `name` is a panel that can be broken. */
export function isPanelName(name: string): name is PanelName {
  return (PANEL_NAMES as readonly string[]).includes(name);
}

/** Makes the panel's content throw on its next render, until {@link clearPanelFault}. */
export function breakPanel(name: PanelName): void {
  armed.add(name);
  notify();
}

/** Disarms the panel's fault, if armed. */
export function clearPanelFault(name: PanelName): void {
  if (armed.delete(name)) notify();
}

/** The message of an injected fault. */
export function faultMessage(name: PanelName): string {
  return `Injected fault: the ${name} panel was broken on purpose by the test API`;
}

/** Rendered first inside each boundary: throws while the panel's fault is armed. */
export function FaultPoint({ name }: { name: PanelName }): null {
  const broken = useSyncExternalStore(subscribe, () => armed.has(name));
  if (broken) throw new Error(faultMessage(name));
  return null;
}
