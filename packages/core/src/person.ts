import { z } from 'zod'

/**
 * A person named in a public record, with the roles written beside the name (`Bí thư Đảng ủy
 * Khối`, `Thiếu tướng`). Only what the article itself publishes is kept.
 */
export const PersonSchema = z.object({
  name: z.string().min(1),
  roles: z.array(z.string().min(1)),
})

/** A person. */
export type Person = z.infer<typeof PersonSchema>
