import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** A handler that answers with server-sent events instead of a JSON body. */
export const ApiEventStream = (events: string) =>
  applyDecorators(
    ApiProduces('text/event-stream'),
    ApiOkResponse({
      description: `A stream of server-sent events: ${events}`,
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    }),
  );

/** A handler that answers with a file in one of the given media types. */
export const ApiFile = (...mediaTypes: string[]) =>
  applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({
      description: 'The file',
      content: Object.fromEntries(
        mediaTypes.map((m) => [m, { schema: { type: 'string', format: 'binary' } }]),
      ),
    }),
  );
