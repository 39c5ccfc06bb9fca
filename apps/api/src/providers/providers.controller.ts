import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, forbid, inRegion, Roles, type Principal } from '@invataxi/auth';
import { CoverageRepository, type CoveringProvider } from '@invataxi/persistence';
import { actorOf, ProviderRegistryService, type ProviderChange } from '@invataxi/providers';
import { CoverageQueryDto } from './coverage.dto';
import {
  ProviderDirectoryService,
  type ProviderOverview,
  type ProviderView,
} from './provider-directory.service';
import {
  ChangeProviderStatusDto,
  ContractTermsDto,
  RegisterProviderDto,
  UpdateProviderDto,
} from './providers.dto';

/** The region's provider registry: the LEB officer's; providers read their own record. */
@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly ds: DataSource,
    private readonly registry: ProviderRegistryService,
    private readonly directory: ProviderDirectoryService,
    private readonly coverageRepository: CoverageRepository,
  ) {}

  /** Register a transport provider in the caller's region. */
  @Post()
  @Roles('LEB_OFFICER')
  async register(
    @Body() dto: RegisterProviderDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ProviderView> {
    const { providerId } = await this.registry.register(
      {
        bin: dto.bin,
        legalName: dto.legalName,
        contacts: { ...(dto.contacts ?? {}) } as Record<string, string>,
        origin: dto.origin,
        contractReference: dto.contractReference ?? null,
        serviceArea: dto.serviceArea,
        ...(dto.contract ? { contract: dto.contract } : {}),
      },
      actorOf(p, req.id),
    );
    return this.directory.get(p, providerId);
  }

  /** The region's providers with fleet size, wheelchair places, shifts today and trips this month. */
  @Get()
  @Roles('LEB_OFFICER', 'DISPATCHER', 'MINISTRY_ANALYST')
  async list(@CurrentPrincipal() p: Principal): Promise<ProviderOverview[]> {
    return this.directory.overview(p);
  }

  /** Which ACTIVE providers cover a KATO code (optionally at a time, for a need). */
  @Get('coverage')
  @Roles('LEB_OFFICER', 'DISPATCHER')
  async coverage(
    @Query() q: CoverageQueryDto,
    @CurrentPrincipal() p: Principal,
  ): Promise<CoveringProvider[]> {
    if (!inRegion(p, q.kato)) forbid('region');
    const hasNeed = q.seats !== undefined || q.wheelchairPlaces !== undefined || q.ramp || q.lift;
    return this.coverageRepository.providersCovering(this.ds.manager, {
      kato: q.kato,
      ...(q.at ? { at: new Date(q.at) } : {}),
      ...(hasNeed
        ? {
            need: {
              seats: q.seats ?? 0,
              wheelchairPlaces: q.wheelchairPlaces ?? 0,
              ramp: q.ramp ?? false,
              lift: q.lift ?? false,
            },
          }
        : {}),
    });
  }

  /** One provider with its contracts. */
  @Get(':id')
  @Roles('LEB_OFFICER', 'PROVIDER_ADMIN', 'DISPATCHER')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() p: Principal): Promise<ProviderView> {
    return this.directory.get(p, id);
  }

  /** Change a provider's name, contacts or service area. */
  @Patch(':id')
  @Roles('LEB_OFFICER')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProviderDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ProviderChange> {
    return this.registry.update(
      id,
      {
        ...(dto.legalName !== undefined ? { legalName: dto.legalName } : {}),
        ...(dto.contacts !== undefined ? { contacts: { ...dto.contacts } as Record<string, string> } : {}),
        ...(dto.serviceArea !== undefined ? { serviceArea: dto.serviceArea } : {}),
      },
      actorOf(p, req.id),
    );
  }

  /** Suspend, reinstate or terminate; planned rides go back to dispatch. */
  @Post(':id/status')
  @HttpCode(200)
  @Roles('LEB_OFFICER')
  async changeStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeProviderStatusDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<ProviderChange> {
    return this.registry.changeStatus(id, { status: dto.status, reason: dto.reason }, actorOf(p, req.id));
  }

  /** Record a contract of the provider (from a procurement or the local registry). */
  @Post(':id/contracts')
  @Roles('LEB_OFFICER')
  async addContract(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ContractTermsDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<{ contractId: string }> {
    return this.registry.addContract(id, dto, actorOf(p, req.id));
  }
}
