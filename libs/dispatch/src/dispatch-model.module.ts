import { Module } from '@nestjs/common';
import { RegionPolicies } from './region-policy';
import { RouteModel } from './route-model';

/** The route model and region policies both apps' dispatch code injects; needs PersistenceModule (global). */
@Module({ providers: [RouteModel, RegionPolicies], exports: [RouteModel, RegionPolicies] })
export class DispatchModelModule {}
