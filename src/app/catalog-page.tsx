import { CatalogPage } from '../features/catalog/catalog-route.tsx'
import { SiteSearch } from '../features/search/site-search.tsx'

export { pageLoader } from '../features/catalog/catalog-route.tsx'

/**
 * The catalog's page: the catalog with the site's search above it. Composed
 * here because features never import each other (only app/ joins them).
 */
export function Component() {
  return <CatalogPage search={<SiteSearch label="Search films and people" />} />
}
