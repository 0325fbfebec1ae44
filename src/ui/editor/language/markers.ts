/**
 * Engine diagnostics as Monaco markers under their own owner, so they sit beside the JSON
 * schema's markers (owner `json`) without replacing them. Also remembers each marker's
 * suggestion for the quick fix: Monaco markers cannot carry arbitrary data.
 */
import type { Diagnostic } from '../../../engine';
import { sameData } from '../../../state/keepSame';
import { monaco } from '../monacoSetup';
import { IAM_MARKER_OWNER, IAM_MARKER_SOURCE, markerKey, markerSpec, type MarkerLevel } from './markerData';

const SEVERITIES: Readonly<Record<MarkerLevel, monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** A suggestion and the text it was made for: a fix must not apply to text edited since. */
interface StoredSuggestion {
  readonly suggestion: string;
  readonly text: string;
}

const suggestions = new WeakMap<monaco.editor.ITextModel, ReadonlyMap<string, StoredSuggestion>>();

/** Monaco markers for the engine's diagnostics, with ranges clamped to the model's text. */
export function toMarkers(
  diagnostics: readonly Diagnostic[],
  model: monaco.editor.ITextModel,
): monaco.editor.IMarkerData[] {
  return diagnostics.map((diagnostic) => {
    const spec = markerSpec(diagnostic);
    // Diagnostics may lag the text by a keystroke; a range past the end would be dropped.
    const range = model.validateRange(
      new monaco.Range(spec.startLineNumber, spec.startColumn, spec.endLineNumber, spec.endColumn),
    );
    return {
      severity: SEVERITIES[spec.level],
      message: spec.message,
      code: spec.code,
      source: spec.source,
      startLineNumber: range.startLineNumber,
      startColumn: range.startColumn,
      endLineNumber: range.endLineNumber,
      endColumn: range.endColumn,
    };
  });
}

/** Shows the diagnostics on the model (owner `iam`), replacing the previous ones. */
export function applyEngineMarkers(
  model: monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
): void {
  if (model.isDisposed()) return;
  const markers = toMarkers(diagnostics, model);
  const stored = new Map<string, StoredSuggestion>();
  markers.forEach((marker, index) => {
    const suggestion = diagnostics[index]?.suggestion;
    if (suggestion === undefined || typeof marker.code !== 'string') return;
    stored.set(markerKey(marker.code, marker), { suggestion, text: model.getValueInRange(marker) });
  });
  suggestions.set(model, stored);
  // A keystroke shifts the offsets of every diagnostic after it, rarely its line and column:
  // the same markers set again would redraw the editor and the problems list for nothing.
  if (sameData(applied.get(model), markers)) return;
  applied.set(model, markers);
  monaco.editor.setModelMarkers(model, IAM_MARKER_OWNER, markers);
}

/** The engine's markers last set on each model. */
const applied = new WeakMap<monaco.editor.ITextModel, readonly monaco.editor.IMarkerData[]>();

/** Removes the engine's markers from the model. */
export function clearEngineMarkers(model: monaco.editor.ITextModel): void {
  suggestions.delete(model);
  applied.delete(model);
  if (!model.isDisposed()) monaco.editor.setModelMarkers(model, IAM_MARKER_OWNER, []);
}

/** The suggestion of one of our markers, if it has one and its text is unchanged. */
export function suggestionFor(
  model: monaco.editor.ITextModel,
  marker: monaco.editor.IMarkerData,
): string | undefined {
  if (marker.source !== IAM_MARKER_SOURCE || typeof marker.code !== 'string') return undefined;
  const stored = suggestions.get(model)?.get(markerKey(marker.code, marker));
  if (stored === undefined || model.getValueInRange(marker) !== stored.text) return undefined;
  return stored.suggestion;
}
