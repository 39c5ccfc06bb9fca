import { Module } from '@nestjs/common';
import { BeneficiaryAccess } from '@invataxi/booking';
import { BeneficiariesController } from './beneficiaries.controller';
import { BeneficiaryService } from './beneficiary.service';
import { IinCipherProvider } from './iin-cipher.provider';

/** Beneficiary records, guardians and sign-in users. BeneficiaryAccess is the scope rule bookings share. */
@Module({
  controllers: [BeneficiariesController],
  providers: [IinCipherProvider, BeneficiaryAccess, BeneficiaryService],
  exports: [IinCipherProvider, BeneficiaryAccess, BeneficiaryService],
})
export class BeneficiariesModule {}
