import { Module } from '@nestjs/common';
import { OperationsReportsController } from './operations-reports.controller';
import { OperationsReportsService } from './operations-reports.service';

/** The operations reports (issue 22): figures, XLSX exports, the akimat's monthly workbook. */
@Module({ controllers: [OperationsReportsController], providers: [OperationsReportsService] })
export class ReportsModule {}
