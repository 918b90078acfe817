// Runs before the first paint; the build minifies it. Why each step:
// docs/adr/0007-prerendering.md and, for step 2, 0004-url-state.md.
var d = document
var root = d.documentElement

// 1. The reader's saved theme, so a page chosen dark never flashes light.
//    Keep the key in step with src/hooks/use-theme.ts.
try {
  var theme = localStorage.getItem('film-explorer:theme')
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme
} catch {
  // Storage blocked: the system theme applies.
}

// 2. A link holding a param the view owns (the page has a pattern of them):
//    CSS hides the view panel until the app applies it, so it shows once,
//    filtered, but never for long (see styles.css). Other params
//    (utm_source) hold nothing back.
var owned = d.querySelector('meta[name="url-params"]')
if (owned && RegExp(owned.content).test(location.search)) root.dataset.urlState = 'pending'

// 3. The app shell (no prerendered data): fetch the film's data with the code.
var scripts = d.querySelector('meta[name="app-scripts"]')
var film = /^\/films\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/.exec(location.pathname)
if (film && !scripts) add('preload', '/data/films/' + film[1] + '.json', 'fetch')

function add(rel, href, as) {
  var link = d.createElement('link')
  link.rel = rel
  if (as) link.as = as
  link.href = href
  link.crossOrigin = 'anonymous'
  return d.head.appendChild(link)
}

// 4. A prerendered page: load the app once the page has loaded and its
//    content has painted (the browser's own paint record, where it keeps one).
function start() {
  var files = scripts.content.split(' ')
  for (var i = 1; i < files.length; i += 1) add('modulepreload', files[i])
  script(files[0], 'module')
}
function script(src, type) {
  var element = d.createElement('script')
  if (type) element.type = type
  element.src = src
  d.head.appendChild(element)
}
function afterPaint() {
  var types = window.PerformanceObserver ? PerformanceObserver.supportedEntryTypes : []
  if (types.indexOf('paint') === -1) {
    requestAnimationFrame(function () {
      setTimeout(start)
    })
    return
  }
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    setTimeout(start)
  }).observe({ type: 'paint', buffered: true })
}
if (scripts) {
  if (d.readyState === 'complete') afterPaint()
  else addEventListener('load', afterPaint)
}

// 5. Offline use and updates (public/pwa.js), once the page has loaded: the
//    first visit's content and code never wait for them.
if (navigator.serviceWorker) {
  addEventListener('load', function () {
    script('/pwa.js')
  })
}
