import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@invataxi/auth';
import { GazetteerQuery } from './gazetteer.dto';
import { AddressSearchService } from './address-search.service';
import type { GazetteerEntry } from './gazetteer.service';

/** Address search for booking forms: street names, never personal data. */
@ApiTags('gazetteer')
@Controller('gazetteer')
export class GazetteerController {
  constructor(private readonly addresses: AddressSearchService) {}

  /** Places matching a text (address, landmark, settlement) with their KATO code and coordinates. */
  @Get()
  @Roles(
    'BENEFICIARY',
    'GUARDIAN',
    'DISPATCHER',
    'PROVIDER_ADMIN',
    'LEB_OFFICER',
    'DRIVER',
    'MINISTRY_ANALYST',
  )
  search(@Query() q: GazetteerQuery): Promise<GazetteerEntry[]> {
    return this.addresses.search(q.q, q.limit ?? 10, q.region);
  }
}
