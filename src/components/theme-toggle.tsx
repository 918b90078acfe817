import { useTheme } from '../hooks/use-theme.ts'

/** A switch between light and dark that remembers the choice; until used, the system theme applies. */
export function ThemeToggle() {
  const { theme, toggle } = useTheme()
  return (
    <button type="button" className="icon-button" aria-pressed={theme === 'dark'} onClick={toggle}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9Z" />
      </svg>
      <span>Dark mode</span>
    </button>
  )
}
