import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ref } from '../../contract/common.js';
import { MailKindParam, MailMessageList, MailMessageQuery, MailTemplate, MailTemplateInput, MailTemplateList } from '../../contract/mail.js';
import { mailMessages } from '../../services/mail/mail-messages.js';
import { changeTemplate, getTemplate, listTemplates } from '../../services/mail/mail-templates.js';
import { read, write, type HttpDeps } from '../command.js';
import { commandProblems, problems } from './problems.js';

/** Mail (admins): the templates of the customer notices and the digest, and every mail written. */
export const mailRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['mail'];
  const config = { permission: 'mail.manage' } as const;
  app.get(
    '/v1/mail-templates',
    { config, schema: { operationId: 'listMailTemplates', tags, summary: 'Every kind’s template in force (the default where unchanged)', response: { 200: ref(MailTemplateList) } } },
    (request) => read(deps, request, (ctx) => listTemplates(ctx)),
  );
  app.get(
    '/v1/mail-templates/:kind',
    {
      config,
      schema: { operationId: 'getMailTemplate', tags, summary: 'One kind’s template in force', params: MailKindParam, response: { 200: ref(MailTemplate), ...problems('validation_failed') } },
    },
    (request) => read(deps, request, (ctx) => getTemplate(ctx, request.params.kind)),
  );
  app.put(
    '/v1/mail-templates/:kind',
    {
      config,
      schema: {
        operationId: 'changeMailTemplate',
        tags,
        summary: 'Replace a kind’s template: subject, plain text and HTML, naming only the placeholders of its kind',
        params: MailKindParam,
        body: ref(MailTemplateInput),
        response: { 200: ref(MailTemplate), ...commandProblems('unknown_placeholder') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeTemplate(ctx, request.params.kind, request.body)),
  );
  app.get(
    '/v1/mail-messages',
    {
      config,
      schema: {
        operationId: 'listMailMessages',
        tags,
        summary: 'Mails written, newest first: recipient, kind, subject, status, attempts, the last error',
        querystring: MailMessageQuery,
        response: { 200: ref(MailMessageList), ...problems('validation_failed') },
      },
    },
    (request) => read(deps, request, (ctx) => mailMessages(ctx, request.query)),
  );
};
