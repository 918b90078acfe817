import { DEFAULT_SITE_URL, siteOrigin } from './site-url.ts'

it('is the address npm start serves when SITE_URL is unset or blank', () => {
  expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_URL)
  expect(siteOrigin('  ')).toBe(DEFAULT_SITE_URL)
})

it.each([
  ['https://films.example', 'https://films.example'],
  ['https://films.example/', 'https://films.example'],
  [' https://Films.Example:8443 ', 'https://films.example:8443'],
])('reads %j as %s', (value, origin) => {
  expect(siteOrigin(value)).toBe(origin)
})

it.each([
  ['films.example', /must be a URL/],
  ['ftp://films.example', /https:\/\/ or http:\/\//],
  ['https://films.example/app', /origin alone/],
  ['https://films.example/?x=1', /origin alone/],
])('refuses %j, saying what to write', (value, message) => {
  expect(() => siteOrigin(value)).toThrow(message)
})
