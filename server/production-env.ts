/**
 * Imported first by the scripts that render pages (the server, the
 * prerenderer, the benchmark): React picks its production or development
 * build by NODE_ENV when it is first loaded, and a process that loads one
 * package of React in each mode fails to render ("dispatcher.getOwner is not
 * a function"), as the benchmark did once Vite's build had set NODE_ENV
 * behind it. Production, unless the caller asks otherwise.
 */
process.env.NODE_ENV ??= 'production'
