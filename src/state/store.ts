/**
 * The playground's one Zustand store, composed from slices. Each slice contributes state and an
 * `actions` object; the actions are merged under `state.actions` so components can take them as
 * one stable reference.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

import {
  createDocumentsSlice,
  type DocumentsActions,
  type DocumentsProps,
  type DocumentsSlice,
} from './slices/documents';
import { createCatalogSlice, type CatalogActions, type CatalogSlice } from './slices/catalog';
import { createComparisonSlice, type ComparisonActions, type ComparisonSlice } from './slices/comparison';
import { createEditorSlice, type EditorActions, type EditorSlice } from './slices/editor';
import { createFixesSlice, type FixesActions, type FixesSlice } from './slices/fixes';
import { createGuardrailsSlice, type GuardrailsActions, type GuardrailsSlice } from './slices/guardrails';
import {
  createRequestSlice,
  type RequestActions,
  type RequestFields,
  type RequestSlice,
} from './slices/request';
import { createResultsSlice, type ResultsActions, type ResultsSlice } from './slices/results';
import { createSharingSlice, type SharingActions, type SharingSlice } from './slices/sharing';
import { createUiSlice, type UiActions, type UiSlice } from './slices/ui';

/** Every action of every slice. */
export type PlaygroundActions = CatalogActions &
  ComparisonActions &
  DocumentsActions &
  EditorActions &
  FixesActions &
  GuardrailsActions &
  RequestActions &
  ResultsActions &
  SharingActions &
  UiActions;

/** The whole state of the playground. */
export type PlaygroundState = CatalogSlice &
  ComparisonSlice &
  DocumentsSlice &
  EditorSlice &
  FixesSlice &
  GuardrailsSlice &
  RequestSlice &
  ResultsSlice &
  SharingSlice &
  UiSlice & { actions: PlaygroundActions };

/** What a new store may start from; anything left out takes its default. */
export type PlaygroundProps = DocumentsProps & { requests?: readonly RequestFields[] } & Partial<UiSlice>;

/** A playground store. */
export type PlaygroundStore = StoreApi<PlaygroundState>;

/** Creates a fresh store: one per app, one per test. */
export function createPlaygroundStore(initial: PlaygroundProps = {}): PlaygroundStore {
  const {
    requests,
    activeTab,
    activeOtherTab,
    resultsView,
    selectedAction,
    filters,
    sort,
    helpOpen,
    ...documentsProps
  } = initial;
  const uiProps = Object.fromEntries(
    Object.entries({
      activeTab,
      activeOtherTab,
      resultsView,
      selectedAction,
      filters,
      sort,
      helpOpen,
    }).filter(([, v]) => v !== undefined),
  ) as Partial<UiSlice>;
  return createStore<PlaygroundState>()((...args) => {
    const catalog = createCatalogSlice()(...args);
    const documents = createDocumentsSlice(documentsProps)(...args);
    const editor = createEditorSlice()(...args);
    const req = createRequestSlice(requests ? { requests } : {})(...args);
    const results = createResultsSlice()(...args);
    const guardrails = createGuardrailsSlice()(...args);
    const comparison = createComparisonSlice()(...args);
    const fixes = createFixesSlice()(...args);
    const ui = createUiSlice(uiProps)(...args);
    const sharing = createSharingSlice()(...args);
    return {
      ...catalog,
      ...documents,
      ...editor,
      ...req,
      ...results,
      ...guardrails,
      ...comparison,
      ...fixes,
      ...sharing,
      ...ui,
      actions: {
        ...catalog.actions,
        ...documents.actions,
        ...editor.actions,
        ...req.actions,
        ...results.actions,
        ...guardrails.actions,
        ...comparison.actions,
        ...fixes.actions,
        ...sharing.actions,
        ...ui.actions,
      },
    };
  });
}
