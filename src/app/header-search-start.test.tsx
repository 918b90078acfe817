import { screen, waitFor } from '@testing-library/react'
import { renderRoute } from '../test/render-route.tsx'
import { server } from '../test/server.ts'

// In a file of its own: the engine, and its manifest, are made once per page (module).
const box = () => screen.getByLabelText('Search films and people')

describe("the header's search, before the first key", () => {
  it('starts on focus: the list, the engine and its manifest come before a key is typed', async () => {
    const asked: string[] = []
    const record = ({ request }: { request: Request }) =>
      void asked.push(new URL(request.url).pathname)
    server.events.on('request:start', record)
    try {
      const { user } = renderRoute('/films/mask-1985')
      await screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })
      expect(asked).not.toContain('/data/search/manifest.json')
      await user.click(box())
      // The list is here (the box is its combobox), and the engine has asked for its manifest.
      await screen.findByRole('combobox', { name: 'Search films and people' })
      await waitFor(() => expect(asked).toContain('/data/search/manifest.json'))
      expect(box()).toHaveValue('')
      expect(asked.filter((path) => path.startsWith('/data/search/'))).toEqual([
        '/data/search/manifest.json',
      ])
    } finally {
      server.events.removeListener('request:start', record)
    }
  })
})
