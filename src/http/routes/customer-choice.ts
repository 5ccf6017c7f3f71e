import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ChoiceInput, ChoiceLinkParams, ChoiceMade, ChoicePage, ChoiceRequest } from '../../contract/choices.js';
import { ref } from '../../contract/common.js';
import { systemActor } from '../../domain/access/actor.js';
import { customerChoices, type CustomerChoice } from '../../domain/sla/sla-ladder.js';
import { Refused } from '../../domain/refusal.js';
import { choicePage, type ChoiceLinkSettings } from '../../services/orders/choice-links.js';
import { chooseByLink } from '../../services/orders/customer-choice.js';
import { requestChoice } from '../../services/orders/choice-links.js';
import { write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { problemKind } from '../problem.js';
import { choiceDonePage, choiceFormPage, choiceProblemPage } from '../choice-page.js';
import { commandProblems, problems } from './problems.js';

type Deps = HttpDeps & { readonly choiceLinks: ChoiceLinkSettings };
const tags = ['orders'];
const linkCodes = ['choice_link_invalid', 'choice_link_used', 'choice_link_expired'] as const;
/** Who opens a unit of work for a link: the customer it names is known only inside it. */
const viaLink = systemActor('choice link');

/**
 * The customer's choice (docs/domain.md#the-sla-ladder-and-the-customers-choice): an operator asks
 * for it; the customer answers through the link, with no account: as JSON, or on the small page
 * the link opens (`/choose/{token}`, a plain form that works without scripts).
 */
export const customerChoiceRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, deps) => {
  app.post(
    '/v1/orders/:id/choice-requests',
    {
      config: { permission: 'orders.write' },
      schema: {
        operationId: 'requestCustomerChoice',
        tags,
        summary: 'Ask the customer to choose for the order’s waiting lines: makes a signed, single-use, expiring link and raises customer.choice_requested',
        params: Type.Object({ id: Type.String() }),
        response: { 201: ref(ChoiceRequest), ...commandProblems('order_not_found', 'nothing_waiting') },
      },
    },
    (request, reply) =>
      write(deps, request, reply, 201, (ctx) => requestChoice(ctx, idOf(request.params.id, 'order_not_found', 'order'), deps.choiceLinks)),
  );
  app.get(
    '/v1/choice-links/:token',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'getChoiceLink',
        tags,
        summary: 'What a choice link shows (no account needed): the order’s waiting lines',
        params: ChoiceLinkParams,
        response: { 200: ref(ChoicePage), ...problems(...linkCodes) },
      },
    },
    (request) => deps.commands.read(viaLink, (ctx) => choicePage(ctx, request.params.token)),
  );
  app.post(
    '/v1/choice-links/:token',
    {
      config: { permission: 'public' },
      schema: {
        operationId: 'chooseByLink',
        tags,
        summary: 'The customer’s choice per waiting line, through the link (used once); applied as an operator’s action would be',
        params: ChoiceLinkParams,
        body: ref(ChoiceInput),
        response: {
          200: ref(ChoiceMade),
          ...problems('malformed_json', 'unsupported_media_type', 'validation_failed', ...linkCodes, 'line_not_found', 'line_not_waiting', 'duplicate_line'),
        },
      },
    },
    async (request) => (await deps.commands.run(viaLink, 200, undefined, (ctx) => chooseByLink(ctx, request.params.token, request.body))).body,
  );

  // The page a link opens: server-rendered, a form per waiting line, no scripts, no session.
  await app.register(async (page) => {
    page.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'" };
    const failed = (error: unknown) => {
      if (!(error instanceof Refused)) throw error;
      return { status: problemKind(error.refusal.code).status, body: choiceProblemPage(error.refusal) };
    };
    page.get<{ Params: { token: string } }>('/choose/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const shown = await deps.commands
        .read(viaLink, (ctx) => choicePage(ctx, request.params.token))
        .then((view) => ({ status: 200, body: choiceFormPage(view, request.params.token) }), failed);
      return reply.status(shown.status).headers(html).send(shown.body);
    });
    page.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>(
      '/choose/:token',
      { config: { permission: 'public' }, schema: { hide: true } },
      async (request, reply) => {
        const choices = Object.entries(request.body ?? {})
          .filter(([name, value]) => /^line-[1-9][0-9]{0,8}$/.test(name) && (customerChoices as readonly string[]).includes(value))
          .map(([name, value]) => ({ lineNo: Number(name.slice(5)), choice: value as CustomerChoice }));
        const shown =
          choices.length === 0
            ? { status: 422, body: choiceProblemPage({ code: 'validation_failed', detail: 'Choose for at least one line.' }) }
            : await deps.commands
                .run(viaLink, 200, undefined, (ctx) => chooseByLink(ctx, request.params.token, { choices }))
                .then((made) => ({ status: 200, body: choiceDonePage(made.body) }), failed);
        return reply.status(shown.status).headers(html).send(shown.body);
      },
    );
  });
};
