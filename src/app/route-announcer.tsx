import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a navigation to another page, moves focus to that page's heading (the
 * last `[data-page-heading]`, the deepest route's) and announces the page's
 * title politely, as a full page load would for a screen reader. Changes of
 * search params alone are not new pages, and a permalink keeps focus on the
 * item it points at. The first load is left to the browser.
 */
export function RouteAnnouncer() {
  const { pathname, hash } = useLocation()
  const region = useRef<HTMLParagraphElement>(null)
  const previous = useRef<string | null>(null)

  useEffect(() => {
    const first = previous.current === null
    const samePage = previous.current === pathname
    previous.current = pathname
    if (first || samePage) return
    const headings = document.querySelectorAll<HTMLElement>('main [data-page-heading]')
    const heading = headings[headings.length - 1]
    const targeted = hash.length > 1 && document.activeElement?.id === hash.slice(1)
    if (heading && !targeted) heading.focus({ preventScroll: true })
    if (region.current) region.current.textContent = document.title
  }, [pathname, hash])

  return <p ref={region} className="visually-hidden" role="status" aria-live="polite" />
}
