interface ImportMetaEnv {
  /**
   * The build's id (build/build-id.ts): the data files a build's server
   * sends carry it in `X-Build-Id`. `development` or `test` outside a build.
   */
  readonly BUILD_ID: string
  /** contract/data-files.ts's SEARCH_MANIFEST_FILE, for the one module that may import nothing (site-search-start.ts). */
  readonly SEARCH_MANIFEST_FILE: string
}
