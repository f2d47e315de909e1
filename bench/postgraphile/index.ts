/**
 * The peer in `pnpm bench:graphql`: PostGraphile v5 (Amber preset and
 * postgraphile-plugin-connection-filter, with relation filters) over the store's tables in the
 * bench's scratch schema, served by grafserv's Node adaptor on loopback, as a user who picked
 * PostGraphile instead of vanban would run it.
 *
 * Two views make vanban's de-duplicated lists expressible, because PostGraphile exposes a table's
 * rows as they are and `Citation` holds an event's directive once per citing sentence:
 * `event_directive` (each event's directives once, with the event's date, so that
 * `Directive.events` can be read newest first as vanban reads it) and `event_participant` (each person once per
 * event, their first participation, as `Event.participants` is). Smart comments give the views a
 * primary key and foreign keys, so that PostGraphile builds the relations and connection-filter
 * the `some` relation filter. Nothing else is tuned.
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { postgraphile } from 'postgraphile'
import { makePgService } from 'postgraphile/adaptors/pg'
import { grafserv } from 'postgraphile/grafserv/node'
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber'
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter'

/** The views and smart comments the peer's schema needs, created in the bench's schema. */
export async function createPeerViews(c: { exec(script: string): Promise<void> }): Promise<void> {
  await c.exec(`
    CREATE VIEW event_directive AS
      SELECT min(c.id) AS "firstCitationId", c."eventId", c."directiveId", e."dateStart" FROM "Citation" c
      JOIN "Event" e ON e.id = c."eventId" GROUP BY c."eventId", c."directiveId", e."dateStart";
    COMMENT ON VIEW event_directive IS E'@primaryKey eventId,directiveId\\n@foreignKey ("eventId") references "Event" (id)\\n@foreignKey ("directiveId") references "Directive" (id)';
    CREATE VIEW event_participant AS
      SELECT DISTINCT ON ("eventId", "personId") id, "eventId", "personId", roles, sentence FROM "Participation"
      ORDER BY "eventId", "personId", id;
    COMMENT ON VIEW event_participant IS E'@primaryKey id\\n@foreignKey ("eventId") references "Event" (id)\\n@foreignKey ("personId") references "Person" (id)';
  `)
}

/** The nested page of events, as a PostGraphile user writes it. */
export const PEER_PAGE = `query Page($first: Int!, $code: String!) {
  allEvents(first: $first, orderBy: [DATE_START_DESC, ROW_ID_DESC],
    filter: { eventDirectivesByEventId: { some: { directiveByDirectiveId: { code: { equalTo: $code } } } } }) {
    totalCount
    nodes { id kind date title
      organizationByOrganizerId { name }
      eventDirectivesByEventId(orderBy: FIRST_CITATION_ID_ASC) { nodes { directiveByDirectiveId { code title } } }
      eventReportsByEventId(orderBy: ARTICLE_ID_ASC) { nodes { articleByArticleId { title url publishedAt } } }
      eventParticipantsByEventId(orderBy: ROW_ID_ASC) { nodes { roles personByPersonId { name } } } } } }`

/** `directive(code) { events(first: 10) }`, as a PostGraphile user writes it: the newest directive of the code. */
export const PEER_LOOKUP = `query Lookup($code: String!, $first: Int!) {
  allDirectives(condition: { code: $code }, orderBy: ROW_ID_DESC, first: 1) {
    nodes { code title
      eventDirectivesByDirectiveId(first: $first, orderBy: [DATE_START_DESC, EVENT_ID_DESC]) {
        nodes { eventByEventId { id kind date title } } } } } }`

/** PostGraphile serving `schema` of the database at `connectionString`, listening on loopback. */
export async function startPostGraphile(
  connectionString: string,
  schema: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
    pgServices: [makePgService({ connectionString, schemas: [schema] })],
    schema: { connectionFilterRelations: true },
    grafserv: { graphqlPath: '/graphql', graphiql: false },
  })
  const serv = pgl.createServ(grafserv)
  const server: Server = createHttpServer()
  serv.addTo(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await pgl.release()
    },
  }
}
