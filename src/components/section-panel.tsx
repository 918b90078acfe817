import type { ReactNode } from 'react'
import { formatPageTitle } from '../lib/format.ts'

interface SectionPanelProps {
  /** Names the section in the tab title ("Cast · Mask (1985)"). */
  readonly section: string
  /** "Mask (1985)" */
  readonly filmLabel: string
  /** The visible heading; defaults to the section name. */
  readonly heading?: string
  /** Keep the heading for screen readers only (the overview's content speaks for itself). */
  readonly hideHeading?: boolean
  /** The panel shows state from the URL's search (filters, sorting). */
  readonly urlView?: boolean
  readonly children: ReactNode
}

/** A film section: its landmark, its document title and its heading, the same on every route. */
export function SectionPanel({
  section,
  filmLabel,
  heading = section,
  hideHeading = false,
  urlView = false,
  children,
}: SectionPanelProps) {
  return (
    <section
      className="panel"
      aria-labelledby="section-heading"
      data-url-view={urlView || undefined}
    >
      <title>{formatPageTitle(section, filmLabel)}</title>
      <h2
        id="section-heading"
        className={hideHeading ? 'visually-hidden' : undefined}
        tabIndex={-1}
        data-page-heading
      >
        {heading}
      </h2>
      {children}
    </section>
  )
}
