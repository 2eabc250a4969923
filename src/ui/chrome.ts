// What surrounds a view's main area: the app's chrome (header, notices, player bar) or the embed
// shell. Each is its own chunk, loaded with the view before the first frame, so an embed never
// downloads the header's tools (Share, Embed, Export, help) and the app never the embed API.
import type { ComponentType, ReactNode } from 'react';
import type { ViewId } from '../store/playerCore';
import type { PageOptions } from '../store/pageOptions';

/** Props of either chrome: the view on screen, how to switch, the page options, the main area. */
export interface ChromeProps {
  view: ViewId;
  onSwitchView: (view: ViewId) => void;
  page: PageOptions;
  children: ReactNode;
}

/** A chrome component. */
export type Chrome = ComponentType<ChromeProps>;

/** The chrome for the page: the embed shell with `embed=1`, else the app's. */
export async function loadChrome(embed: boolean): Promise<Chrome> {
  // Two statements, not one conditional expression: Vite preloads each import's own CSS only
  // when each `import()` stands alone (a ternary got the app chrome's CSS for both).
  if (embed) {
    const { EmbedShell } = await import('./EmbedShell');
    return EmbedShell;
  }
  const { AppChrome } = await import('./AppChrome');
  return AppChrome;
}
