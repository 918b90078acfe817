import { expect, test } from './fixtures.ts'

/**
 * The films of Wikipedia's lists, served as npm start serves them: the rich
 * films prerendered, every other film rendered on its first request.
 */

test("Mask shows its page's facts and the list's genres and Wikipedia article", async ({
  page,
}) => {
  await page.goto('/films/mask-1985')
  await expect(page.getByText('Drama and Biography')).toBeVisible()
  await expect(page.getByText('Peter Bogdanovich')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Mask on Wikipedia' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Mask_(1985_film)',
  )
  await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible()
})

test.describe('a thin film from the lists', () => {
  test('opens from the catalog, goes through its tabs, and each tab shows its content with JavaScript off', async ({
    page,
    browser,
  }) => {
    await page.goto('/catalog/year/1')
    const first = page.getByRole('heading', { level: 2 }).first().getByRole('link')
    const title = (await first.textContent())?.trim() ?? ''
    await first.click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
    const filmUrl = new URL(page.url()).pathname
    expect(filmUrl).toMatch(/^\/films\/[a-z0-9-]+$/)
    await expect(page.getByText("from Wikipedia's film lists")).toBeVisible()

    const views: Array<[string, string, RegExp]> = [
      ['Overview', filmUrl, /Genres|Stars?/],
      ['Cast', `${filmUrl}/cast`, /cast members?|No cast/],
      // What the lists tell of it, or that nothing is recorded (a film with no credited people).
      [
        'Trivia',
        `${filmUrl}/trivia`,
        /Worked out from Wikipedia’s film lists\.|No facts, goofs or quotes are recorded for this film\./,
      ],
      ['Reviews', `${filmUrl}/reviews`, /No ratings or user reviews are recorded for this film\./],
    ]
    for (const [tab, path, content] of views.slice(1)) {
      await page.getByRole('link', { name: tab, exact: true }).click()
      await expect(page).toHaveURL(path)
      await expect(page.getByRole('main')).toContainText(content)
    }

    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    for (const [tab, path, content] of views) {
      const response = await plain.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(plain.getByRole('heading', { level: 1 })).toContainText(title)
      await expect(plain.getByRole('main'), tab).toContainText(content)
    }
    await noScript.close()
  })

  for (const [id, heading, star] of [
    ['airplane-1980', 'Airplane! (1980)', 'Leslie Nielsen'],
    ['carmen-1915-cecil-b-demille', 'Carmen (1915, Cecil B. DeMille)', 'Geraldine Farrar'],
    ['carmen-1915-raoul-walsh', 'Carmen (1915, Raoul Walsh)', 'Theda Bara'],
  ] as const) {
    test(`${id} opens on its own page`, async ({ page }) => {
      await page.goto(`/films/${id}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('link', { name: star })).toBeVisible()
      await page.getByRole('link', { name: 'Cast', exact: true }).click()
      await expect(page.getByRole('cell', { name: star }).or(page.getByText(star))).not.toHaveCount(
        0,
      )
    })
  }
})

test.describe('an unknown film', () => {
  test.use({ allowedConsoleErrors: [/404/] })
  test('answers 404 and shows not-found', async ({ page }) => {
    const response = await page.goto('/films/no-such-film-1999')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })
})

test('titles show clean: no footnote marker, one case for A Star Is Born, (Untitled) headed like any film', async ({
  page,
}) => {
  await page.goto('/films/the-welcome-burglar-1909')
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Welcome Burglar (1909)' }),
  ).toBeVisible()
  await expect(page).toHaveTitle('Overview · The Welcome Burglar (1909)')
  await page.goto('/films/a-star-is-born-1976')
  await expect(page.getByRole('heading', { level: 1, name: 'A Star Is Born (1976)' })).toBeVisible()
  await page.goto('/films/untitled-2009')
  await expect(page.getByRole('heading', { level: 1, name: '(Untitled) (2009)' })).toBeVisible()
  await expect(page).toHaveTitle('Overview · (Untitled) (2009)')
})
