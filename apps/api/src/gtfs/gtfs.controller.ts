import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import { ApiFile } from '../openapi/decorators';
import { GtfsFeedService } from './gtfs-feed.service';

const ZIP = 'application/zip';

/**
 * Published data (issue 25): the region's service as a GTFS-Flex dataset at a permanent public
 * URL, downloadable without signing in, as the GTFS reference asks of a dataset.
 */
@ApiTags('gtfs')
@Controller('gtfs')
export class GtfsController {
  constructor(private readonly feeds: GtfsFeedService) {}

  /** The region's GTFS-Flex feed, `<region KATO code>.zip` (e.g. 710000000.zip), from its policy in force. */
  @Get(':file')
  @Public()
  @ApiFile(ZIP)
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const kato = /^(\d{9})\.zip$/.exec(file)?.[1];
    if (!kato)
      throw DomainError.validation([{ field: 'file', code: 'NOT_A_FEED_NAME', message: '<KATO>.zip' }]);
    const f = await this.feeds.feed(kato);
    void reply
      .header('etag', f.etag)
      .header('last-modified', f.lastModified.toUTCString())
      .header('cache-control', 'public, max-age=300');
    if (ifNoneMatch === f.etag) {
      void reply.status(304);
      return undefined;
    }
    void reply
      .header('content-type', ZIP)
      .header('content-disposition', `attachment; filename="${kato}.zip"`);
    return f.zip;
  }
}
