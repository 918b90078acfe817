import { Icon } from './icon.tsx'
import { readChoice, useTheme } from '../hooks/use-theme.ts'

/**
 * The theme: follow the system (the default), or always light or dark. A
 * native select, so it is named "Theme", says which choice is on, and works
 * with every keyboard and screen reader; "System" also says what the system
 * gives now.
 */
export function ThemeToggle() {
  const { choice, system, choose } = useTheme()
  return (
    <label className="theme-picker">
      <Icon name="theme" />
      <span className="visually-hidden">Theme</span>
      <select value={choice} onChange={(event) => choose(readChoice(event.target.value))}>
        <option value="system">{`System (${system})`}</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}
