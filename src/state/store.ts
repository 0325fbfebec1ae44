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
import { createEditorSlice, type EditorActions, type EditorSlice } from './slices/editor';

/** Every action of every slice. */
export type PlaygroundActions = DocumentsActions & EditorActions;

/** The whole state of the playground. */
export type PlaygroundState = DocumentsSlice & EditorSlice & { actions: PlaygroundActions };

/** What a new store may start from; anything left out takes its default. */
export type PlaygroundProps = DocumentsProps;

/** A playground store. */
export type PlaygroundStore = StoreApi<PlaygroundState>;

/** Creates a fresh store: one per app, one per test. */
export function createPlaygroundStore(initial: PlaygroundProps = {}): PlaygroundStore {
  return createStore<PlaygroundState>()((...args) => {
    const documents = createDocumentsSlice(initial)(...args);
    const editor = createEditorSlice()(...args);
    return { ...documents, ...editor, actions: { ...documents.actions, ...editor.actions } };
  });
}
