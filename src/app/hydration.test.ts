import { carryEnteredValuesIntoUrl } from './hydration.ts'

/** Fields as the prerenderer writes them: a search box and a select at their defaults. */
function prerenderedFields() {
  const root = document.createElement('div')
  root.innerHTML = `
    <input type="search" name="q" value="">
    <select name="sort">
      <option value="billing" selected>Billing order</option>
      <option value="actor">Actor</option>
    </select>`
  return {
    root,
    search: root.querySelector('input') as HTMLInputElement,
    sort: root.querySelector('select') as HTMLSelectElement,
  }
}

const search = () => Object.fromEntries(new URLSearchParams(window.location.search))

describe('carrying what a reader entered before the app loaded into the URL', () => {
  beforeEach(() => window.history.replaceState(null, '', '/films/mask-1985/cast'))

  it('puts a typed search and a chosen sort under their fields’ names', () => {
    const { root, search: box, sort } = prerenderedFields()
    box.value = 'dennis'
    sort.value = 'actor'
    carryEnteredValuesIntoUrl(root)
    expect(window.location.pathname).toBe('/films/mask-1985/cast')
    expect(search()).toEqual({ q: 'dennis', sort: 'actor' })
  })

  it('leaves the URL alone when nothing was changed', () => {
    const { root } = prerenderedFields()
    const entries = window.history.length
    carryEnteredValuesIntoUrl(root)
    expect(window.location.search).toBe('')
    expect(window.history.length).toBe(entries)
  })

  it('keeps parameters it has no field for and drops a field emptied by the reader', () => {
    window.history.replaceState(null, '', '/films/mask-1985/cast?from=share&q=old')
    const { root, search: box } = prerenderedFields()
    box.defaultValue = 'old'
    box.value = ''
    carryEnteredValuesIntoUrl(root)
    expect(search()).toEqual({ from: 'share' })
  })
})
