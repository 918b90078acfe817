/**
 * The site's origin, for what must name it in full: canonical links,
 * `og:url`, structured data, the sitemaps and robots.txt. The build reads
 * SITE_URL (`SITE_URL=https://films.example npm run build`); without it, the
 * address `npm start` serves, so a local build is consistent with itself.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173'

export function siteOrigin(value = process.env.SITE_URL): string {
  const text = value?.trim() || DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`SITE_URL must be a URL such as https://films.example, not “${text}”.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not “${url.protocol}”.`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL must be an origin alone (scheme, host and port), such as ${url.origin}, not “${text}”: the app is served from the root.`,
    )
  }
  return url.origin
}
