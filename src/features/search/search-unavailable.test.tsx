import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../../test/render-route.tsx'
import { SEARCH_MANIFEST_URL, server } from '../../test/server.ts'

// In a file of its own: the engine is made once per page (module), and here
// it must never have loaded.
describe('the search results page when the index cannot be read', () => {
  it('says what is wrong and what to do, and never a blank page', async () => {
    server.use(
      http.get(SEARCH_MANIFEST_URL, () =>
        HttpResponse.json({
          schemaVersion: 1,
          version: 'x',
          records: 1,
          leaves: [],
          splits: [],
          stops: [],
        }),
      ),
    )
    renderRoute('/search?q=mask')
    expect(await screen.findByText('Search is not available right now.')).toBeVisible()
    expect(
      screen.getByText(
        'The data file is malformed at version: the version is a hash. Check your connection and try again.',
      ),
    ).toBeVisible()
  })
})
