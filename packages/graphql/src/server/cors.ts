import type { CORSOptions } from 'graphql-yoga'

/** Which sites' pages may read the gateway's answers in a browser. */
export type CorsOptions = {
  /**
   * Origins (`https://app.example`) allowed to read answers. Default: any origin, without
   * credentials; the gateway's keys travel in the Authorization header, not in cookies.
   */
  origins?: readonly string[]
  /**
   * Let the listed origins send cookies and HTTP authentication. Default false; only accepted
   * with `origins`, since credentials for any origin would let every site act as its visitor.
   */
  credentials?: boolean
}

/** yoga's CORS options for {@link CorsOptions}: never an echoed origin with credentials. */
export function corsFor(options: CorsOptions = {}): CORSOptions {
  const origins = options.origins ?? []
  if (options.credentials === true && (origins.length === 0 || origins.includes('*'))) {
    throw new Error('cors.credentials needs cors.origins: name the sites allowed to send credentials (not "*")')
  }
  return {
    ...(origins.length === 0 ? {} : { origin: [...origins] }),
    credentials: options.credentials ?? false,
  }
}
