export { type EventCorrection, EventCorrectionSchema, updateEvent } from './update-event.ts'
export {
  type DirectiveCorrection,
  DirectiveCorrectionSchema,
  type UpsertDirectiveResult,
  upsertDirective,
} from './upsert-directive.ts'
