// Runs before the first paint; the build minifies it. Why each step:
// docs/adr/0007-prerendering.md and, for step 2, 0004-url-state.md.
var d = document
var root = d.documentElement

// 1. The reader's saved theme, so a page chosen dark never flashes light.
//    Keep the key in step with src/hooks/use-theme.ts, whose readChoice
//    takes any other stored value for the system's, as the CSS does.
try {
  var theme = localStorage.getItem('film-explorer:theme')
  if (theme) root.dataset.theme = theme
} catch {
  // Storage blocked: the system theme applies.
}

// 2. A link holding a param the view owns (the page has a pattern of them):
//    CSS hides the view panel until the app applies it, so it shows once,
//    filtered, but never for long (see styles.css). Other params
//    (utm_source) hold nothing back.
var owned = d.querySelector('meta[name=url-params]')
if (owned && RegExp(owned.content).test(location.search)) root.dataset.urlState = 'pending'

// 3. After the first paint (the browser's own paint record, where it keeps
//    one, once the page has loaded), everything the page fetches beyond its
//    document: a request that ends before the paint holds it back on a slow
//    link (docs/adr/0023-nothing-but-the-document-before-the-paint.md).
//    So the manifest and the whole stylesheet are linked here, not in the
//    head (the icon is inline).
var scripts = d.querySelector('meta[name=app-scripts]')
var sw = navigator.serviceWorker
function painted() {
  // Every browser the app's build targets (Vite's baseline: Chrome 111,
  // Safari 16.4, Firefox 114) keeps the paint record.
  // Its entries are the first paint and the first contentful paint: once
  // the latter is in, no more come.
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) setTimeout(afterPaint)
  }).observe({ type: 'paint', buffered: true })
}
// This script runs in the head, long before the page has loaded.
addEventListener('load', painted)
function afterPaint() {
  // A rendered page loads the app now, its modules preloaded beside it, and
  // the data files it was rendered from, which the app takes over with
  // (src/app/hydration.ts). The app shell has no such lists: it loads the
  // app at once, and its own inline script (public/shell-boot.js) fetches a
  // film's data with it. The head's <noscript> holds the manifest's link
  // and, in a built page, the whole stylesheet's (the page itself holds only
  // the rules it uses at first: docs/adr/0024-each-page-its-own-rules.md);
  // with scripts on, its content is text. The reader without scripts gets
  // both from it at once. (Arrows and template literals: every browser the
  // build targets has them; the top-level names stay `var`, since the
  // shell's own inline script is minified to the same names.)
  var files = scripts?.content.split(' ') ?? []
  d.head.insertAdjacentHTML(
    'beforeend',
    d.querySelector('noscript').textContent +
      files
        .slice(1)
        .map((file) => `<link rel=modulepreload href=${file}>`)
        .join('') +
      pageData()
        .map((file) => `<link rel=preload as=fetch crossorigin href=${file}>`)
        .join(''),
  )
  if (scripts) script(files[0])
  if (sw) offline()
}
function pageData() {
  return d.querySelector('meta[name=page-data]')?.content.split(' ') ?? []
}
function script(src) {
  d.head.append(Object.assign(d.createElement('script'), { type: 'module', src }))
}

// 4. Offline use (docs/adr/0012-offline.md, 0016), after the paint, so the
//    first visit's content and code never wait for it. A returning
//    reader's page loads public/pwa.js (from the worker's cache), which
//    caches the page's data, looks for updates and tells of them; a first
//    visit registers the worker and loads pwa.js only if an update comes
//    while it is open (pwa.js runs once, however often it is loaded).
function updates() {
  script('/pwa.js')
}
function offline() {
  if (sw.controller) return updates()
  var installed
  sw.addEventListener('controllerchange', () => {
    if (installed) {
      // Another tab let a new version in; pwa.js reads this, should it
      // run after the event.
      root.dataset.worker = 'replaced'
      return updates()
    }
    // The first install took control: the page's own data files, fetched
    // before the worker was there, fetched now through it are cached, and
    // the page reloads offline.
    installed = 1
    pageData().forEach((url) => fetch(url).catch(() => {}))
  })
  sw.register('/sw.js').then((registration) => {
    // None where the browser is told to block workers (Playwright's tests do).
    registration?.addEventListener('updatefound', () => installed && updates())
    // Should it fail, pwa.js registers again and says why offline use is off.
  }, updates)
}
