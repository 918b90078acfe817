// The app shell's own step before the first paint (build/prerender.ts puts
// it, minified, in shell.html and 404.html only): the shell renders a film's
// page in the browser, so the film's data is fetched with the app's code
// rather than after it. Keep the paths in step with contract/ids.ts,
// contract/data-files.ts and contract/routes.ts (contract/boot-in-step.test.ts checks).
var film = /^\/films\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/.exec(location.pathname)
if (film) {
  var link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.href = '/data/films/' + film[1] + '.json'
  link.crossOrigin = 'anonymous'
  document.head.appendChild(link)
}
// The search's page: the search's code and manifest, which the shell holds
// as inert links (build/prerender.ts); otherwise each is a round trip once
// the app has run. Without a query the reader is about to type one.
var search = document.getElementById('search-files')
if (search && location.pathname == '/search') document.head.append(search.content)
