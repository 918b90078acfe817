import type { ReactNode } from 'react'
import { formatPageTitle } from '../lib/format.ts'

interface SectionPanelProps {
  /** Names the section in the tab title ("Cast · Mask (1985)"). */
  readonly section: string
  /** "Mask (1985)" */
  readonly filmLabel: string
  /** The panel shows state from the URL's search (filters, sorting). */
  readonly urlView?: boolean
  readonly children: ReactNode
}

/**
 * A film section: its landmark, its document title and its heading, the same
 * on every route. The heading is for screen readers and the outline only: on
 * screen the current tab, just above, already names the section.
 */
export function SectionPanel({ section, filmLabel, urlView = false, children }: SectionPanelProps) {
  return (
    <section
      className="panel"
      aria-labelledby="section-heading"
      data-url-view={urlView || undefined}
    >
      <title>{formatPageTitle(section, filmLabel)}</title>
      <h2 id="section-heading" className="visually-hidden" tabIndex={-1} data-page-heading>
        {section}
      </h2>
      {children}
    </section>
  )
}
