/**
 * One sender's handler: a function per request type, typed by the protocol's request union and
 * answer map, so a request without a handler, or a handler with the wrong answer, does not compile.
 * The message is validated with the sender's zod schema here, before any handler sees it.
 */
import type { z } from 'zod';
import { type Failure, failure } from '../../core/protocol/errors';

export type Handlers<Request extends { type: string }, Answers, Where> = {
  [K in Request['type']]: (
    message: Extract<Request, { type: K }>,
    where: Where,
  ) => Promise<(K extends keyof Answers ? Answers[K] : never) | Failure>;
};

export async function dispatch<Request extends { type: string }, Answers, Where>(
  schema: z.ZodType<Request>,
  handlers: Handlers<Request, Answers, Where>,
  message: unknown,
  where: Where,
): Promise<unknown> {
  const parsed = schema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure('invalid-message', `${issue?.path.join('.') || 'root'}: ${issue?.message}`);
  }
  const request = parsed.data;
  const handle = handlers[request.type as Request['type']] as (
    message: Request,
    where: Where,
  ) => Promise<unknown>;
  return handle(request, where);
}
