/** The portal's mark: a gold star on a red disc (decorative; the accessible name is on the link). */
export function Emblem({ size = 48 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#9f1f1f" stroke="#e2b935" strokeWidth="4" />
      <path
        fill="#e2b935"
        d="M32 13L37 27.1L52 27.5L40.1 36.6L44.3 51L32 42.5L19.7 51L23.9 36.6L12 27.5L27 27.1Z"
      />
    </svg>
  );
}
