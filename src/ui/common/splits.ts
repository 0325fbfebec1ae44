/** The page's resizable splits in one place: what each remembers, where it starts, its limits. */
import type { SplitViewProps } from './SplitView';

type SplitSpec = Pick<
  SplitViewProps,
  'orientation' | 'prefKey' | 'initial' | 'min' | 'max' | 'minSizes' | 'label'
>;

/** Every split of the page. */
export const SPLITS = {
  /** The editors beside the results. */
  columns: {
    orientation: 'vertical',
    prefKey: 'split.columns',
    initial: 0.44,
    min: 0.25,
    max: 0.7,
    minSizes: [300, 420],
    label: 'Resize editors and results',
  },
  /** The identity policy pane above the boundary's. */
  editors: {
    orientation: 'horizontal',
    prefKey: 'split.editors',
    initial: 0.5,
    min: 0.2,
    max: 0.8,
    minSizes: [150, 150],
    label: 'Resize the two editor panes',
  },
  /** The actions table above the selected action's explanation. */
  explanation: {
    orientation: 'horizontal',
    prefKey: 'split.explanation',
    initial: 0.55,
    min: 0.2,
    max: 0.8,
    minSizes: [180, 120],
    label: 'Resize the table and the explanation',
  },
} as const satisfies Record<string, SplitSpec>;
