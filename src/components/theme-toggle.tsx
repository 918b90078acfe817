import { Icon } from './icon.tsx'
import { readChoice, useTheme, type ThemeChoice } from '../hooks/use-theme.ts'

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']
const NAMES: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

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
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {value === 'system' ? `System (${NAMES[system].toLowerCase()})` : NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  )
}
