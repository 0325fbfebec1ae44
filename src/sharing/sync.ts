/**
 * Keeps the URL fragment and the local autosave in step with the store, and opens links. Like
 * evaluation (`state/effects.ts`), it runs from store subscriptions, outside components: the
 * fragment is rewritten with `replaceState` as soon as the start-up state is in the store and a
 * moment after each edit, the autosave a little later (and at once on `pagehide`); a new fragment
 * (`hashchange`/`popstate`) is opened as a link. Whatever replaces the work (a link, an example,
 * an import, a restore, another tab's work) keeps it in Recent work first; saved work that cannot
 * be opened is kept there as it is; another tab's save is never overwritten silently.
 */
import { encodePermalink, DEFAULT_SHARED_STATE, parseHashRoute, type SharedState } from '../permalink';
import {
  createDebouncer,
  readEnvelope,
  STORAGE_KEYS,
  type PlaygroundStorage,
  type RecentCause,
  type Timers,
} from '../persistence';
import type { Scenario } from '../engine';
import { scenarioInputs, selectScenario } from '../state/selectors';
import type { PlaygroundState, PlaygroundStore } from '../state/store';
import { baselineOfState, resolveBaseline, type BaselineResult, type BaselineSource } from './baseline';
import { createManagedTexts, type LibraryLoader } from './managedTexts';
import { applySharedState, managedArnsOf, toSharedState } from './mapping';
import { KEPT_MESSAGES, recentItem } from './recentWork';
import { createPristineCheck, planOpen, resolveHash, sameState } from './startup';

/** The browser APIs the sync uses, injectable for tests. */
export interface SharingEnvironment {
  /** The current fragment, with `#` (as `location.hash`). */
  readonly hash: () => string;
  /** Replaces the fragment without a navigation (`history.replaceState`). */
  readonly replaceHash: (hash: string) => void;
  readonly listen: (type: 'hashchange' | 'popstate' | 'pagehide', listener: () => void) => () => void;
  /** Calls `listener` when another tab changes local storage (the `storage` event). */
  readonly listenStorage: (listener: (key: string | null, newValue: string | null) => void) => () => void;
}

/** Options of {@link startSharing}. */
export interface SharingOptions {
  readonly storage: PlaygroundStorage;
  readonly loadLibrary: LibraryLoader;
  readonly environment: SharingEnvironment;
  /** Read-only view (`?embed`): no autosave, no Recent work, the address is left alone. */
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
  /** Brings back the work the latest replacement kept (the `restore` banner's button). */
  restorePrevious(): Promise<void>;
  /** Brings back an entry of Recent work; the current work is kept there in its place. */
  restoreRecent(id: string): Promise<void>;
  /** Removes an entry of Recent work. */
  forgetRecent(id: string): void;
  /** The stored text of an entry of Recent work (to download one that cannot be opened), or null. */
  recentText(id: string): string | null;
  /** Goes back to the example scenario, keeping the current work in Recent work. */
  resetToExample(): Promise<void>;
  /**
   * Runs `replace`, which replaces the scenario in the store and says whether it did (e.g. an
   * import), and keeps the replaced work in Recent work.
   */
  replaceWork(cause: RecentCause, replace: () => boolean): boolean;
  /** Another tab changed the saved work: keep this tab's (theirs goes to Recent work). */
  keepMine(): void;
  /** Another tab changed the saved work: open theirs (this tab's goes to Recent work). */
  loadTheirs(): Promise<void>;
  /** The scenario a "Compare with…" choice names, or why it cannot be compared with. */
  resolveBaseline(source: BaselineSource): Promise<BaselineResult>;
  /** Stops syncing. */
  stop(): void;
}

/** State fields a link carries; a change to any of them is written to the URL and autosave. */
function sharedInputs(s: PlaygroundState): readonly unknown[] {
  return [...scenarioInputs(s), s.activeTab, s.activeOtherTab, s.selectedAction, s.filters, s.baseline];
}

function changed(a: PlaygroundState, b: PlaygroundState): boolean {
  const x = sharedInputs(a);
  const y = sharedInputs(b);
  return x.some((v, i) => v !== y[i]);
}

const OTHER_TAB =
  'This work was changed in another tab. Nothing is saved here until you choose which to keep; the other is kept in Recent work.';

/** What replaced the work when `hash` is opened. */
function causeOf(hash: string): RecentCause {
  return parseHashRoute(hash).kind === 'example' ? 'example' : 'link';
}

/** Opens the start-up state and keeps URL and autosave in sync with the store. */
export function startSharing(store: PlaygroundStore, options: SharingOptions): SharingController {
  const { storage, loadLibrary, environment: env, embed = false } = options;
  const managed = createManagedTexts();
  const lookup = (arn: string) => managed.get(arn);
  // What "the scenario as this session opened it" means for a comparison; set once it is open.
  let sessionStart: SharedState | null = null;
  const baselineContext = { managed, loadLibrary, sessionStart: () => sessionStart };
  const pristine = createPristineCheck(lookup);
  const actions = () => store.getState().actions;
  const current = () => toSharedState(store.getState(), lookup);
  let applying = false;
  let stopped = false;
  let lastLink = '';
  let lastHash = env.hash();
  /** The Recent work entry the `restore` banner offers. */
  let lastKept: string | null = null;
  /** The other tab's saved text while the person has not chosen between it and this tab's work. */
  let conflict: string | null = null;

  const noteStorage = () => actions().setBanner('storage', storage.fallbackReason());
  const refreshRecent = () => {
    if (!embed) actions().setRecentWork(storage.recent().map(recentItem));
  };

  /** Points the address bar at the current state (`rewrite`), or only notes its link. */
  const publishLink = (rewrite: boolean) => {
    const link = encodePermalink(current());
    actions().setCurrentLink(link);
    if (!rewrite || embed || link === lastLink) {
      lastLink = link;
      return;
    }
    lastLink = link;
    lastHash = `#${link}`;
    env.replaceHash(lastHash);
  };

  const saveNow = () => {
    if (embed || conflict !== null) return;
    storage.save(current());
    noteStorage();
  };

  const writeUrl = createDebouncer(options.urlDelayMs ?? 400, () => publishLink(true), options.timers);
  const save = createDebouncer(options.saveDelayMs ?? 1000, saveNow, options.timers);

  const schedule = () => {
    if (embed || stopped) return;
    writeUrl.call();
    save.call();
  };

  /**
   * Keeps `work` in Recent work, unless the app can give it back anyway (an untouched example) or
   * `next` is the same work, and says so in the `restore` banner.
   */
  const keep = (work: SharedState, cause: RecentCause, next: SharedState | null): void => {
    if (embed || pristine(work) || (next !== null && sameState(work, next))) return;
    const entry = storage.remember(work, cause);
    refreshRecent();
    noteStorage();
    if (entry === null) return;
    lastKept = entry.id;
    actions().setBanner('restore', KEPT_MESSAGES[cause]);
  };

  /** Puts `state` in the store and autosave; `rewriteUrl` also points the address at it. */
  /** The comparison a state carries, or none: a link defines what is compared too. */
  const showBaseline = async (state: SharedState): Promise<void> => {
    if (state.baseline === undefined) {
      actions().setBaseline(null);
      return;
    }
    const resolved = await baselineOfState(state.baseline.label, state.baseline.state, baselineContext);
    actions().setBaseline(resolved.ok ? resolved.baseline : null);
  };

  const show = async (state: SharedState, rewriteUrl: boolean): Promise<void> => {
    applying = true;
    writeUrl.cancel();
    save.cancel();
    const problems = await applySharedState(store, state, managed, loadLibrary);
    await showBaseline(state);
    actions().setActiveExample(null);
    applying = false;
    actions().setBanner('managed', problems.length > 0 ? problems.join(' ') : null);
    publishLink(rewriteUrl);
    saveNow();
  };

  /** The saved work; saved work that cannot be opened is kept in Recent work as it is, and reported. */
  const loadSaved = (): SharedState | null => {
    const saved = storage.load();
    if (saved.ok) return saved.state;
    if (saved.raw !== undefined) {
      storage.rememberText(saved.raw, 'unreadable');
      refreshRecent();
      noteStorage();
      actions().setBanner(
        'saved-work',
        `Your saved work was not opened: it ${saved.detail}. Its stored text was kept, unchanged, in Recent work.`,
      );
    }
    return null;
  };

  const open = async (hash: string, atStart: boolean): Promise<void> => {
    const target = resolveHash(hash, lookup);
    let previous: SharedState | null;
    if (!atStart) previous = current();
    else if (embed) previous = null;
    else previous = loadSaved();
    const plan = planOpen(target, previous, pristine);
    actions().setBanner('link-error', plan.error);
    if (plan.backup) keep(plan.backup, causeOf(hash), plan.show);
    // At start-up the address shows what is on screen at once, unless it is the link being shown.
    const rewrite = atStart && target.kind !== 'open';
    if (plan.show && (atStart || plan.show !== previous)) {
      await show(plan.show, rewrite);
      if (target.kind === 'open') actions().setActiveExample(target.exampleId ?? null);
    } else if (atStart) publishLink(rewrite);
  };

  const onNavigate = () => {
    const hash = env.hash();
    if (hash === lastHash) return;
    lastHash = hash;
    void open(hash, false);
  };

  const settleConflict = () => {
    conflict = null;
    actions().setBanner('other-tab', null);
  };

  const onStorage = (key: string | null, newValue: string | null) => {
    if (embed || stopped) return;
    if (key === null || key === STORAGE_KEYS.recent) refreshRecent();
    if (key !== STORAGE_KEYS.autosave || newValue === null) return;
    const theirs = readEnvelope(newValue, 'saved work');
    if (theirs.ok && sameState(theirs.state, current())) {
      if (conflict !== null) settleConflict();
      return;
    }
    conflict = newValue;
    save.cancel();
    actions().setBanner('other-tab', OTHER_TAB);
  };

  const restoreRecent = async (id: string): Promise<void> => {
    const entry = storage.recent().find((e) => e.id === id);
    actions().setBanner('restore', null);
    if (entry === undefined || !entry.readable) {
      actions().setBanner(
        'saved-work',
        entry === undefined
          ? 'That work is no longer in Recent work (another tab may have removed it).'
          : `That work cannot be opened here: it ${entry.problem}.`,
      );
      refreshRecent();
      return;
    }
    storage.forget(id);
    keep(current(), 'restore', entry.state);
    await show(entry.state, true);
    refreshRecent();
  };

  const keepMine = () => {
    if (conflict === null) return;
    storage.rememberText(conflict, 'other-tab');
    settleConflict();
    refreshRecent();
    saveNow();
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
    // Leaving while the other tab's work waits for a choice: this tab's work goes to Recent work.
    if (conflict !== null) storage.remember(current(), 'other-tab');
  };
  const unlisten = [
    env.listen('hashchange', onNavigate),
    env.listen('popstate', onNavigate),
    env.listen('pagehide', flush),
    env.listenStorage(onStorage),
  ];
  if (!embed) noteStorage();
  refreshRecent();
  const ready = open(lastHash, true);
  void ready.then(() => {
    sessionStart = current();
  });

  return {
    ready,
    currentLink: () => encodePermalink(current()),
    currentState: current,
    currentScenario: () => selectScenario(store.getState()),
    resolveBaseline: (source) => resolveBaseline(source, baselineContext),
    navigate: async (hash) => {
      lastHash = hash;
      env.replaceHash(hash);
      await open(hash, false);
    },
    restorePrevious: async () => {
      if (lastKept !== null) await restoreRecent(lastKept);
    },
    restoreRecent,
    forgetRecent: (id) => {
      storage.forget(id);
      if (id === lastKept) {
        lastKept = null;
        actions().setBanner('restore', null);
      }
      refreshRecent();
      noteStorage();
    },
    recentText: (id) => storage.recent().find((e) => e.id === id)?.text ?? null,
    resetToExample: async () => {
      keep(current(), 'reset', DEFAULT_SHARED_STATE);
      await show(DEFAULT_SHARED_STATE, true);
    },
    replaceWork: (cause, replace) => {
      const before = current();
      if (!replace()) return false;
      // The example's story no longer describes what is on screen.
      actions().setActiveExample(null);
      keep(before, cause, current());
      return true;
    },
    keepMine,
    loadTheirs: async () => {
      if (conflict === null) return;
      const theirs = readEnvelope(conflict, 'saved work');
      if (!theirs.ok) {
        keepMine();
        actions().setBanner(
          'saved-work',
          `The other tab's work cannot be opened here: it ${theirs.detail}. It was kept in Recent work, and this tab's work stays.`,
        );
        return;
      }
      settleConflict();
      keep(current(), 'other-tab', theirs.state);
      await show(theirs.state, true);
    },
    stop: () => {
      stopped = true;
      flush();
      unsubscribe();
      for (const off of unlisten) off();
    },
  };
}
