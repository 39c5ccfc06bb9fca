import { Module } from '@nestjs/common';
import { Sweeper } from './sweeper';

@Module({ providers: [Sweeper], exports: [Sweeper] })
export class MaintenanceModule {}
