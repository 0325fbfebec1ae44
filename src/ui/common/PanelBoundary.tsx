/**
 * Error boundaries: a panel or dialog that throws shows what failed, in its own place, with a
 * "Try again" that remounts it; the rest of the page and the person's work (which lives in the
 * store, not in the panels) carry on.
 */
import { Component, Fragment, type ReactNode } from 'react';

import { ErrorDialog } from './ErrorDialog';
import { clearPanelFault, FaultPoint, type PanelName } from './panelFaults';

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** Which panel this is (also the name the test API breaks it by). */
  readonly name: PanelName;
  /** What people call the panel, e.g. "The results". */
  readonly label: string;
  /**
   * Draws the failure; by default a panel-sized notice in the panel's place. Dialogs draw a
   * dialog instead.
   */
  readonly renderError?: (message: string, retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

interface PanelBoundaryState {
  readonly message: string | null;
  /** Bumped by "Try again" so the panel's whole subtree remounts with fresh state. */
  readonly attempt: number;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Catches what a panel throws while rendering; React still reports the error on the console. */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { message: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { message: describeError(error) };
  }

  private readonly retry = () => {
    clearPanelFault(this.props.name);
    this.setState((s) => ({ message: null, attempt: s.attempt + 1 }));
  };

  override render() {
    const { name, label, renderError, children } = this.props;
    const { message, attempt } = this.state;
    if (message !== null) {
      return renderError ? (
        renderError(message, this.retry)
      ) : (
        <PanelError name={name} label={label} message={message} onRetry={this.retry} />
      );
    }
    return (
      <Fragment key={attempt}>
        <FaultPoint name={name} />
        {children}
      </Fragment>
    );
  }
}

/** Props of {@link PanelError}. */
interface PanelErrorProps {
  readonly name: PanelName;
  readonly label: string;
  readonly message: string;
  readonly onRetry: () => void;
}

/** What a failed panel shows: what failed, the error's message as text, and "Try again". */
function PanelError({ name, label, message, onRetry }: PanelErrorProps) {
  return (
    <section
      className="panel panel-error"
      role="alert"
      aria-label={`${label} failed`}
      data-testid={`panel-error.${name}`}
    >
      <h2>{label} failed to show</h2>
      <p>The rest of the playground still works, and your policies are kept.</p>
      <pre className="panel-error-message">{message}</pre>
      <button type="button" className="small-button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}

/** Props of {@link DialogBoundary}. */
export interface DialogBoundaryProps {
  readonly name: PanelName;
  /** The dialog's title, e.g. "Import from AWS". */
  readonly label: string;
  /** Whether the dialog is open: a failure shows only while it is. @default true */
  readonly open?: boolean;
  /** Closes the dialog. */
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** An error boundary for a modal dialog: a failure shows in a dialog of its own that can close. */
export function DialogBoundary({ name, label, open = true, onClose, children }: DialogBoundaryProps) {
  return (
    <PanelBoundary
      name={name}
      label={label}
      renderError={(message, retry) =>
        open ? (
          <ErrorDialog
            title={`${label} failed to show`}
            message={message}
            onRetry={retry}
            onClose={onClose}
            testId={`panel-error.${name}`}
          />
        ) : null
      }
    >
      {children}
    </PanelBoundary>
  );
}
