import { useLocation } from 'react-router'

export interface TabLink {
  readonly to: string
  readonly label: string
}

/**
 * Section tabs as links: each is a real URL that can be opened in a new tab or
 * shared, followed in the app (src/url-state/follow-links.ts); the one open
 * has aria-current="page" (a tab's page has no pages under it).
 */
export function TabNav({
  label,
  tabs,
}: {
  readonly label: string
  readonly tabs: readonly TabLink[]
}) {
  const { pathname } = useLocation()
  return (
    <nav className="tab-nav" aria-label={label}>
      <ul>
        {tabs.map(({ to, label }) => (
          <li key={to}>
            <a
              href={to}
              className="tab-nav__link"
              aria-current={pathname === to ? 'page' : undefined}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
