import { Module } from '@nestjs/common';
import { PoliciesController } from './policies.controller';
import { PolicyReaderModule } from '@invataxi/booking';
import { PolicyService } from './policies.service';

@Module({
  imports: [PolicyReaderModule],
  controllers: [PoliciesController],
  providers: [PolicyService],
  exports: [PolicyService],
})
export class PoliciesModule {}
