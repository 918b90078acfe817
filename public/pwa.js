// The service worker (dist/sw.js, built by build/build-sw.ts) once it is
// installed: the page's data cached, updates looked for and told of. The
// page's inline boot script (public/boot.js) loads this on a returning
// reader's page, from the worker's cache, and on a first visit only if an
// update comes while the page is open, so a first visit downloads none of
// it. A module, so it runs once however often it is loaded; the build
// minifies it. Why each step: docs/adr/0012-offline.md and 0016.
;(function () {
  var sw = navigator.serviceWorker
  var d = document
  /** Whether a worker controls the page yet (none where boot.js loaded this after a failed registration). */
  var controlled = Boolean(sw.controller)
  /** A new version, installed and waiting for the app to let it take over. */
  var waiting = null
  /** Another tab let a new version take over: this page's code is older than the worker's. */
  var stale = false
  var armed = false
  var leaving = false

  // 1. The page's own data files (a search's page: the index files its
  //    results came from). Fetched before the worker was there, or never;
  //    fetched now, through the worker, they are cached, and the page
  //    reloads offline.
  function cachePageData() {
    var metas = d.querySelectorAll('meta[name="page-data"], meta[name="search-data"]')
    if (!window.caches) return
    metas.forEach(function (meta) {
      meta.content.split(' ').forEach(cacheFile)
    })
  }
  function cacheFile(url) {
    caches
      .match(url)
      .then(function (hit) {
        return hit || fetch(url, { headers: { accept: 'application/json' } })
      })
      .catch(function () {})
  }

  // 2. A new version takes over on the reader's next navigation, or when
  //    they choose Reload on the notice: the new worker is let in and the
  //    page loads afresh, so old and new code never run together.
  function takeOver(url) {
    if (leaving) return
    leaving = true
    function go() {
      location.assign(url)
    }
    if (!waiting || stale) return go()
    sw.addEventListener('controllerchange', go)
    // Should the worker not answer, the page still moves on; the next load
    // lets it in.
    setTimeout(go, 3000)
    waiting.postMessage({ type: 'SKIP_WAITING' })
  }

  function onClick(event) {
    var link = event.target.closest && event.target.closest('a[href]')
    if (!link || event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return
    if (link.origin !== location.origin) return
    // A link within the page (`#cast-1`) is no navigation.
    if (link.pathname === location.pathname && link.search === location.search && link.hash) return
    event.preventDefault()
    takeOver(link.href)
  }

  function arm(text) {
    if (armed) return
    armed = true
    // Capturing, so this runs before the router's own handler, which then
    // sees the click handled and leaves it.
    d.addEventListener('click', onClick, true)
    addEventListener('popstate', function () {
      takeOver(location.href)
    })
    notice(text)
  }

  // 3. The polite notice, in a live region, with the choice to reload now.
  function notice(text) {
    var box = d.createElement('div')
    box.className = 'update-notice'
    box.setAttribute('role', 'status')
    d.body.appendChild(box)
    var message = d.createElement('p')
    var reload = d.createElement('button')
    reload.type = 'button'
    reload.className = 'button'
    reload.textContent = 'Reload'
    reload.onclick = function () {
      takeOver(location.href)
    }
    var dismiss = d.createElement('button')
    dismiss.type = 'button'
    dismiss.className = 'button button--quiet'
    dismiss.textContent = 'Not now'
    dismiss.onclick = function () {
      box.remove()
    }
    // Filled once in the page, so screen readers announce it.
    setTimeout(function () {
      message.textContent = text
      box.append(message, reload, dismiss)
    }, 100)
  }

  function ready(worker) {
    // A first install is no update.
    if (!controlled) return
    waiting = worker
    arm('A new version of Film Explorer is ready. It opens with your next page, or now:')
  }

  function replaced() {
    if (!controlled) {
      // The first install took control of this page.
      controlled = true
      return cachePageData()
    }
    if (leaving) return
    stale = true
    // Every view is a URL, so a tab in the background loses nothing by
    // loading the new version now; one in view is asked (its code may no
    // longer be on the server).
    if (d.visibilityState === 'hidden') return location.reload()
    arm('Film Explorer was updated in another tab. It opens with your next page, or now:')
  }

  // The boot script marks a replacement that came before this file ran.
  if (d.documentElement.dataset.worker === 'replaced') replaced()
  sw.addEventListener('controllerchange', replaced)

  function watch(worker) {
    if (!worker) return
    if (worker.state === 'installed') return ready(worker)
    worker.addEventListener('statechange', function () {
      if (worker.state === 'installed') ready(worker)
    })
  }

  if (controlled) cachePageData()
  sw.register('/sw.js').then(
    function (registration) {
      // None where the browser is told to block workers (Playwright's tests do).
      if (!registration) return
      watch(registration.waiting || registration.installing)
      registration.addEventListener('updatefound', function () {
        watch(registration.installing)
      })
      // A tab left open hears of a deploy when it comes back into view, and
      // hourly: a client-side navigation never asks the server for sw.js.
      function check() {
        registration.update().catch(function () {})
      }
      d.addEventListener('visibilitychange', function () {
        if (d.visibilityState === 'visible') check()
      })
      setInterval(check, 36e5)
    },
    function (error) {
      console.warn(
        'Film Explorer will not work offline: its service worker did not install.',
        error,
      )
    },
  )
})()
