// Keeps the page alive when a view throws while drawing: the rest of the page stays usable.
// Give it a `key` that changes with the scenario so a new run gets a fresh chance.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the view after it failed. */
  fallback: ReactNode;
  children: ReactNode;
}

/** An error boundary around one view. */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error('A view failed to draw:', error);
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
