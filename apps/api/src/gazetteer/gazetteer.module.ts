import { Module } from '@nestjs/common';
import { AddressSearchService } from './address-search.service';
import { GazetteerController } from './gazetteer.controller';
import { GazetteerService } from './gazetteer.service';

@Module({
  controllers: [GazetteerController],
  providers: [GazetteerService, AddressSearchService],
  exports: [GazetteerService],
})
export class GazetteerModule {}
