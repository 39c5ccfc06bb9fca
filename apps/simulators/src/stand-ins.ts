import type { StandIn } from './stand-in';
import { geocoderStandIn } from './geocoder/geocoder.stand-in';
import { portalStandIn } from './portal/portal.stand-in';
import { procurementStandIn } from './procurement/procurement.stand-in';
import { smsGatewayStandIn } from './sms/sms-gateway.stand-in';

/** Every stand-in the simulator process serves. A new outside system adds its stand-in here. */
export const STAND_INS: StandIn[] = [procurementStandIn, portalStandIn, smsGatewayStandIn, geocoderStandIn];
