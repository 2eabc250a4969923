// Small inline icons for the player buttons (decorative: the buttons carry the accessible names).

const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z',
  back: 'M18 5v14L8 12zM6 5h2v14H6z',
  forward: 'M6 5v14l10-7zM16 5h2v14h-2z',
  restart: 'M12 5a7 7 0 1 1-6.6 4.7l1.9.6A5 5 0 1 0 12 7v3L7.5 6 12 2z',
} as const;

/** An icon name. */
export type IconName = keyof typeof PATHS;

/** A 1em, currentColor icon. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="ww-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
