import { NavLink } from 'react-router'

export interface TabLink {
  readonly to: string
  readonly label: string
  /** Match the path exactly (the overview is the parent of the other tabs). */
  readonly end?: boolean
}

/**
 * Section tabs as links: each is a real URL that can be opened in a new tab or
 * shared, and NavLink marks the current one with aria-current="page".
 */
export function TabNav({
  label,
  tabs,
}: {
  readonly label: string
  readonly tabs: readonly TabLink[]
}) {
  return (
    <nav className="tab-nav" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end ?? false} className="tab-nav__link">
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
