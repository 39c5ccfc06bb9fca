import { Module } from '@nestjs/common';
import { WhatIfController } from './whatif.controller';
import { WhatIfService } from './whatif.service';

/** What-if scenarios (issue 25): stored, replayed by the dispatcher's "whatif" queue, compared, exported. */
@Module({ controllers: [WhatIfController], providers: [WhatIfService] })
export class WhatIfApiModule {}
