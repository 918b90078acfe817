interface ImportMetaEnv {
  /**
   * The build's id (build/build-id.ts): the data files a build's server
   * sends carry it in `X-Build-Id`. `development` or `test` outside a build.
   */
  readonly BUILD_ID: string
}
