// The app shell's own step before the first paint (build/prerender.ts puts
// it, minified, in shell.html and 404.html only): the shell renders a film's
// page in the browser, so the film's data is fetched with the app's code
// rather than after it. Keep the path in step with contract/ids.ts and
// contract/data-files.ts (contract/boot-in-step.test.ts checks).
var film = /^\/films\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/.exec(location.pathname)
if (film) {
  var link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.href = '/data/films/' + film[1] + '.json'
  link.crossOrigin = 'anonymous'
  document.head.appendChild(link)
}
