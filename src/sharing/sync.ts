/**
 * Keeps the URL fragment and the local autosave in step with the store, and opens links. Like
 * evaluation (`state/effects.ts`), it runs from store subscriptions, outside components: the
 * fragment is rewritten with `replaceState` a moment after the last edit, the autosave a little
 * later (and at once on `pagehide`); a new fragment (`hashchange`/`popstate`) is opened as a link.
 */
import { encodePermalink, DEFAULT_SHARED_STATE, type SharedState } from '../permalink';
import { createDebouncer, type PlaygroundStorage, type Timers } from '../persistence';
import type { Scenario } from '../engine';
import { scenarioInputs, selectScenario } from '../state/selectors';
import type { PlaygroundState, PlaygroundStore } from '../state/store';
import { createManagedTexts, type LibraryLoader } from './managedTexts';
import { applySharedState, managedArnsOf, toSharedState } from './mapping';
import { createPristineCheck, planOpen, resolveHash } from './startup';

/** The browser APIs the sync uses, injectable for tests. */
export interface SharingEnvironment {
  /** The current fragment, with `#` (as `location.hash`). */
  readonly hash: () => string;
  /** Replaces the fragment without a navigation (`history.replaceState`). */
  readonly replaceHash: (hash: string) => void;
  readonly listen: (type: 'hashchange' | 'popstate' | 'pagehide', listener: () => void) => () => void;
}

/** Options of {@link startSharing}. */
export interface SharingOptions {
  readonly storage: PlaygroundStorage;
  readonly loadLibrary: LibraryLoader;
  readonly environment: SharingEnvironment;
  /** Read-only view (`?embed`): no autosave, the address is left alone. */
  readonly embed?: boolean;
  /** Delay before the fragment follows an edit. @default 400 */
  readonly urlDelayMs?: number;
  /** Delay before an edit is autosaved. @default 1000 */
  readonly saveDelayMs?: number;
  readonly timers?: Timers;
}

/** What the sharing UI can ask of the sync. */
export interface SharingController {
  /** Settles once the start-up state (link, saved work or example) is in the store. */
  readonly ready: Promise<void>;
  /** The fragment (without `#`) of the current state, computed now. */
  currentLink(): string;
  /** The current state as a link or the autosave carries it. */
  currentState(): SharedState;
  /** The current scenario in the engine's format, every document as text (for a file). */
  currentScenario(): Scenario;
  /** Opens a fragment as if it had been followed, e.g. `#example=ec2-boundary`. */
  navigate(hash: string): Promise<void>;
  /** Brings back the work a link replaced. */
  restoreBackup(): Promise<void>;
  /** Goes back to the example scenario, keeping the current work in the backup slot. */
  resetToExample(): Promise<void>;
  /** Stops syncing. */
  stop(): void;
}

/** State fields a link carries; a change to any of them is written to the URL and autosave. */
function sharedInputs(s: PlaygroundState): readonly unknown[] {
  return [...scenarioInputs(s), s.activeTab, s.activeOtherTab, s.selectedAction, s.filters];
}

function changed(a: PlaygroundState, b: PlaygroundState): boolean {
  const x = sharedInputs(a);
  const y = sharedInputs(b);
  return x.some((v, i) => v !== y[i]);
}

const REPLACED = 'Opening this link replaced your previous work. It was kept:';

/** Opens the start-up state and keeps URL and autosave in sync with the store. */
export function startSharing(store: PlaygroundStore, options: SharingOptions): SharingController {
  const { storage, loadLibrary, environment: env, embed = false } = options;
  const managed = createManagedTexts();
  const lookup = (arn: string) => managed.get(arn);
  const pristine = createPristineCheck(lookup);
  const actions = () => store.getState().actions;
  const current = () => toSharedState(store.getState(), lookup);
  let applying = false;
  let stopped = false;
  let lastLink = '';
  let lastHash = env.hash();

  const noteStorage = () => actions().setBanner('storage', storage.fallbackReason());

  const writeUrl = createDebouncer(
    options.urlDelayMs ?? 400,
    () => {
      const link = encodePermalink(current());
      actions().setCurrentLink(link);
      if (link === lastLink) return;
      lastLink = link;
      lastHash = `#${link}`;
      env.replaceHash(lastHash);
    },
    options.timers,
  );
  const save = createDebouncer(
    options.saveDelayMs ?? 1000,
    () => {
      storage.save(current());
      noteStorage();
    },
    options.timers,
  );

  const schedule = () => {
    if (embed || stopped) return;
    writeUrl.call();
    save.call();
  };

  /** Puts `state` in the store and autosave; `rewriteUrl` also points the address at it. */
  const show = async (state: SharedState, rewriteUrl: boolean): Promise<void> => {
    applying = true;
    writeUrl.cancel();
    save.cancel();
    const problems = await applySharedState(store, state, managed, loadLibrary);
    actions().setActiveExample(null);
    applying = false;
    actions().setBanner('managed', problems.length > 0 ? problems.join(' ') : null);
    lastLink = encodePermalink(current());
    actions().setCurrentLink(lastLink);
    if (rewriteUrl && !embed) {
      lastHash = `#${lastLink}`;
      env.replaceHash(lastHash);
    }
    if (!embed) {
      storage.save(current());
      noteStorage();
    }
  };

  const open = async (hash: string, atStart: boolean): Promise<void> => {
    const target = resolveHash(hash, lookup);
    let previous: SharedState | null;
    if (!atStart) previous = current();
    else if (embed) previous = null;
    else {
      const saved = storage.load();
      previous = saved.ok ? saved.state : null;
    }
    const plan = planOpen(target, previous, pristine);
    actions().setBanner('link-error', plan.error);
    if (plan.backup && !embed) {
      storage.saveBackup(plan.backup);
      actions().setBanner('restore', REPLACED);
    }
    if (plan.show && (atStart || plan.show !== previous)) {
      await show(plan.show, false);
      if (target.kind === 'open') actions().setActiveExample(target.exampleId ?? null);
    } else if (atStart) {
      lastLink = encodePermalink(current());
      actions().setCurrentLink(lastLink);
    }
  };

  const onNavigate = () => {
    const hash = env.hash();
    if (hash === lastHash) return;
    lastHash = hash;
    void open(hash, false);
  };

  const unknownManagedArns = (state: PlaygroundState): string[] =>
    managedArnsOf(state).filter((arn) => managed.get(arn) === undefined);

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || !changed(state, previous)) return;
    schedule();
    // A managed policy attached meanwhile is shared by ARN once its text is known.
    const arns = unknownManagedArns(state);
    if (arns.length > 0) void managed.ensure(arns, loadLibrary).then(schedule);
  });

  const flush = () => {
    writeUrl.flush();
    save.flush();
  };
  const unlisten = [
    env.listen('hashchange', onNavigate),
    env.listen('popstate', onNavigate),
    env.listen('pagehide', flush),
  ];
  if (!embed) noteStorage();
  const ready = open(lastHash, true);

  return {
    ready,
    currentLink: () => encodePermalink(current()),
    currentState: current,
    currentScenario: () => selectScenario(store.getState()),
    navigate: async (hash) => {
      lastHash = hash;
      env.replaceHash(hash);
      await open(hash, false);
    },
    restoreBackup: async () => {
      const backup = storage.loadBackup();
      actions().setBanner('restore', null);
      if (!backup.ok) {
        actions().setBanner('link-error', backup.message);
        return;
      }
      await show(backup.state, true);
      storage.clearBackup();
    },
    resetToExample: async () => {
      const work = current();
      if (!pristine(work)) {
        storage.saveBackup(work);
        actions().setBanner('restore', 'The example scenario replaced your work. It was kept:');
      }
      await show(DEFAULT_SHARED_STATE, true);
    },
    stop: () => {
      stopped = true;
      flush();
      unsubscribe();
      for (const off of unlisten) off();
    },
  };
}
