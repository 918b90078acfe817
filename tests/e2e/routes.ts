/** Every kind of page, for tests that check them all. */
export const ROUTES = [
  ['catalog', '/'],
  ['overview', '/films/mask-1985'],
  ['cast', '/films/mask-1985/cast'],
  ['cast-search', '/films/mask-1985/cast?q=dennis&sort=actor'],
  ['trivia', '/films/mask-1985/trivia'],
  ['reviews', '/films/mask-1985/reviews'],
  ['not-found', '/no/such/page'],
  ['sample-overview', '/films/the-sample-lighthouse-1979'],
  ['sample-cast', '/films/the-sample-lighthouse-1979/cast'],
  ['sample-trivia', '/films/the-sample-lighthouse-1979/trivia'],
  ['minimal-reviews', '/films/sample-minimal-film-2003/reviews'],
] as const
