// Placeholder written by the storage engineer so that the dispatcher runs: the GraphQL engineer
// owns this file and replaces it with the real `vanban serve`.

/** `vanban serve`: not implemented yet. Returns the exit code. */
export async function runServe(_args: string[]): Promise<number> {
  console.error('vanban serve: not implemented yet')
  return 1
}
