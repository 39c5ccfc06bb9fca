import { Module } from '@nestjs/common';
import { PolicyReaderModule } from '@invataxi/booking';
import { GazetteerModule } from '../gazetteer/gazetteer.module';
import { GtfsController } from './gtfs.controller';
import { GtfsFeedService } from './gtfs-feed.service';

/** The regions' services published as GTFS-Flex feeds (issue 25, item 3). */
@Module({
  imports: [PolicyReaderModule, GazetteerModule],
  controllers: [GtfsController],
  providers: [GtfsFeedService],
})
export class GtfsModule {}
