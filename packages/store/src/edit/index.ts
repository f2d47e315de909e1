export { upsertDirective, DirectiveCorrectionSchema, type DirectiveCorrection, type UpsertDirectiveResult } from './upsert-directive.ts'
export { updateEvent, EventCorrectionSchema, type EventCorrection } from './update-event.ts'
