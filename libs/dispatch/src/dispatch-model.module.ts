import { Module } from '@nestjs/common';
import { RegionPolicies } from './region-policy';
import { RouteModel } from './route-model';
import { Replans } from './replan';

/** The route model and region policies both apps' dispatch code injects; needs PersistenceModule (global). */
@Module({
  providers: [RouteModel, RegionPolicies, Replans],
  exports: [RouteModel, RegionPolicies, Replans],
})
export class DispatchModelModule {}
