// Parameter panels are for the app: an embed shows the scenario its author chose (the host page
// can `load` another), so inside the embed shell they are neither mounted nor downloaded.
import { Suspense, type ReactNode } from 'react';
import { useWorkspace } from '../../store/PlayerProvider';

/** `children` (typically a lazily loaded panel) in the app; nothing in the embed shell. */
export function NotInEmbed({ children }: { children: ReactNode }) {
  const embedded = useWorkspace((w) => w.page.embed);
  return embedded ? null : <Suspense fallback={null}>{children}</Suspense>;
}
