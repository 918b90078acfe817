import type { DataRouter } from 'react-router'

type Router = Pick<DataRouter, 'state' | 'navigate' | 'subscribe'>

/** A click the browser should have: another tab or window, a download, another site, or taken already. */
function isBrowsers(event: MouseEvent, link: HTMLAnchorElement) {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (link.target !== '' && link.target !== '_self') ||
    link.hasAttribute('download') ||
    link.origin !== location.origin ||
    // A jump within the page ("Skip to all films"): the browser scrolls
    // and moves the focus there itself.
    link.getAttribute('href')?.startsWith('#') !== false ||
    // Before the app has taken over the page, the page loads: the router
    // must not move while React is still taking over what the server drew.
    !('ready' in document.documentElement.dataset)
  )
}

/**
 * Follows a click on any of the app's own links in the app, as react-router's
 * Link does, with one listener for the document: the app's links are plain
 * `<a href>`, which cost nothing to render, where a Link runs a dozen hooks
 * and two effects each, and a page has hundreds (the catalog's 100 cards,
 * the notable films, the letters; issue 30: rendering them was most of a
 * click's time on a slow phone). The link followed is marked `pending` at
 * once, in the click's own frame, until the router is idle again
 * (styles.css shows it). It loads with the reader's first intent
 * (src/app/warm-on-intent.ts): a click before then loads its page, as a
 * link does without JavaScript. Returns what stops it.
 */
export function followLinks(router: Router): () => void {
  const follow = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a')
    if (!link || isBrowsers(event, link)) return
    event.preventDefault()
    const { pathname, search, hash } = router.state.location
    const to = link.pathname + link.search + link.hash
    link.classList.add('pending')
    // As Link: the page already open replaces its entry rather than adding one.
    void router.navigate(to, { replace: to === pathname + search + hash })
  }
  const unsubscribe = router.subscribe(({ navigation }) => {
    if (navigation.state === 'idle')
      for (const link of document.querySelectorAll('a.pending')) link.classList.remove('pending')
  })
  document.addEventListener('click', follow)
  // For tests and tools: a click on a link is now followed in the app.
  document.documentElement.dataset.following = ''
  return () => {
    document.removeEventListener('click', follow)
    delete document.documentElement.dataset.following
    unsubscribe()
  }
}
