import { Module } from '@nestjs/common';
import { GazetteerController } from './gazetteer.controller';
import { GazetteerService } from './gazetteer.service';

@Module({ controllers: [GazetteerController], providers: [GazetteerService], exports: [GazetteerService] })
export class GazetteerModule {}
