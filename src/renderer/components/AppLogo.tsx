/** The Privacy Desk mark: a shield with a check, in the app's blue and teal. */
export function AppLogo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-label="Privacy Desk">
      <defs>
        <linearGradient id="pd-shield" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#2a6aa3" />
          <stop offset="1" stopColor="#16796f" />
        </linearGradient>
      </defs>
      <path d="M32 4 L54 12 V30 C54 44 44.5 54.5 32 60 C19.5 54.5 10 44 10 30 V12 Z" fill="url(#pd-shield)" />
      <path
        d="M22 32 L29 39 L43 25"
        fill="none"
        stroke="#ffffff"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
