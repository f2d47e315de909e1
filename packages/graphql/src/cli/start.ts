// Placeholder written by the storage engineer so that the dispatcher runs: the GraphQL engineer
// owns this file and replaces it with the real `vanban start`.

/** `vanban start`: not implemented yet. Returns the exit code. */
export async function runStart(_args: string[]): Promise<number> {
  console.error('vanban start: not implemented yet')
  return 1
}
